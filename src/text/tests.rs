use super::boilerplate::*;
use super::lemma::*;
use super::oracle_tests as reference;
use super::words::WORDS;
use super::*;
use aho_corasick::{AhoCorasickBuilder, MatchKind};

fn text(s: &str) -> Text<'_> {
    Text::new(s, Span::new(0, s.len()))
}

fn sentences(s: &str) -> Vec<&str> {
    let t = text(s);
    t.sentences().iter().map(|&sp| t.slice(sp)).collect()
}

#[test]
fn a_line_ending_in_a_date_stamp_is_boilerplate() {
    assert!(is_boilerplate_line(
        "Moscow sights - Sputnik International, 1920, 23.12.2021"
    ));
    assert!(is_boilerplate_line("Photo: Reuters 2021-12-23"));
    assert!(!is_boilerplate_line("The talks ended on 23.12.2021."));
    assert!(!is_boilerplate_line(
        "Officials said 1,000 people fled on Tuesday"
    ));
}

#[test]
fn sentences_respect_abbreviations_decimals_and_initials() {
    let got = sentences(
        "The U.S. Army sent 3.5 tonnes on Dec. 21. Mr. Smith and J. R. Jones agreed. \
         “We don’t want a war.” Lavrov said so! Did he? yes he did.",
    );
    assert_eq!(
        got,
        [
            "The U.S. Army sent 3.5 tonnes on Dec. 21.",
            "Mr. Smith and J. R. Jones agreed.",
            "“We don’t want a war.”",
            "Lavrov said so!",
            "Did he? yes he did.",
        ]
    );
}

#[test]
fn lines_and_blank_lines_end_sentences() {
    let got = sentences("Headline without a period\n\nFirst para.\nSecond para has no end\n");
    assert_eq!(
        got,
        [
            "Headline without a period",
            "First para.",
            "Second para has no end"
        ]
    );
}

#[test]
fn hard_wrapped_lines_run_on() {
    let got = sentences("The fighting has killed more\nthan 14,000 people. Next one.");
    assert_eq!(
        got,
        [
            "The fighting has killed more\nthan 14,000 people.",
            "Next one."
        ]
    );
}

#[test]
fn clauses_cut_at_punctuation_but_not_inside_numbers() {
    let s =
        "In all, 14,000 people died; the war – which began in 2014 – goes on (sadly): at 10:30.";
    let t = text(s);
    let got: Vec<&str> = t.clauses().iter().map(|&sp| t.slice(sp)).collect();
    assert_eq!(
        got,
        [
            "In all",
            "14,000 people died",
            "the war",
            "which began in 2014",
            "goes on",
            "sadly",
            "at 10:30."
        ]
    );
}

#[test]
fn words_keep_inner_hyphens_apostrophes_and_number_separators() {
    let s = "Russia’s build-up: 14,000 troops, 1.5 tonnes, COVID-19, U.S. and 14\u{2009}000.";
    let t = text(s);
    let got: Vec<&str> = t.words().iter().map(|&sp| t.slice(sp)).collect();
    assert_eq!(
        got,
        [
            "Russia’s",
            "build-up",
            "14,000",
            "troops",
            "1.5",
            "tonnes",
            "COVID-19",
            "U.S",
            "and",
            "14\u{2009}000"
        ]
    );
}

#[test]
fn boilerplate_lines_are_left_out() {
    let s = "Sign up for our daily newsletter\n\
             The army said 300 soldiers were hurt.\n\
             Putin, centre, in Moscow on Dec. 21, 2021. (Mikhail Metzel, Pool Photo via AP)\n\
             © Reuters / John Doe\n\
             Заголовок открываемого материала\n\
             NTD Photo\n\
             This website uses cookies to improve your experience.\n";
    let got = sentences(s);
    assert_eq!(got, ["The army said 300 soldiers were hurt."]);
    let t = text(s);
    assert_eq!(t.boilerplate().len(), 6);
    assert!(t.is_boilerplate(2));
}

/// A short line that gives a figure and what it counts, or a figure with its sign or in
/// words (a headline, a bullet, a table cell), is read like a sentence; a short line of
/// a date, a time, a name or bare digits alone (a share count) is still page furniture
/// (issue 12).
#[test]
fn a_short_line_with_a_figure_is_text() {
    let s = "- 5,000 dead
             - 20,000 injured
             Deaths: 5,000
             December 22, 2021International
             NTD Photo
             3,419
             1.2K
             10:30
             Twenty percent
             $20
             -3%
             Half a dozen
             Monday, two
";
    assert_eq!(
        sentences(s),
        [
            "- 5,000 dead",
            "- 20,000 injured",
            "Deaths: 5,000",
            "Twenty percent",
            "$20",
            "-3%",
            "Half a dozen"
        ]
    );
}

#[test]
fn short_lines_inside_a_sign_up_box_are_left_out() {
    let s = "Sign up for Daily News\n\
             What you need to know, summarized in one email.\n\
             Stay informed with news you can trust.\n\
             By registering, you agree to the Privacy Policy.\n\
             \n\
             The army said 300 soldiers were hurt.\n";
    assert_eq!(sentences(s), ["The army said 300 soldiers were hurt."]);
}

#[test]
fn long_paragraph_mentioning_a_newsletter_is_kept() {
    let line = "The ministry said in its weekly newsletter that ".to_string()
        + &"more troops had arrived near the border and ".repeat(15)
        + "nobody knew why.";
    assert!(!is_boilerplate_line(&line));
}

#[test]
fn lookups_find_sentence_clause_words_and_phrases() {
    let s = "Fighting in the Donbas has killed more than 14,000 people, according to Kyiv. \
             Next sentence.";
    let t = text(s);
    let at = s.find("14,000").unwrap();
    assert_eq!(
        t.slice(t.sentence_at(at).unwrap()),
        "Fighting in the Donbas has killed more than 14,000 people, according to Kyiv."
    );
    assert_eq!(
        t.slice(t.clause_at(at).unwrap()),
        "Fighting in the Donbas has killed more than 14,000 people"
    );
    let span = Span::new(at, at + "14,000".len());
    let near: Vec<&str> = t.words_near(span, 2).iter().map(|&w| t.slice(w)).collect();
    assert_eq!(near, ["more", "than", "14,000", "people", "according"]);
    let sentence = t.sentence_at(at).unwrap();
    let found = t.find_phrase(sentence, "ACCORDING to").unwrap();
    assert_eq!(t.slice(found), "according to");
    assert!(t.mentions(sentence, "donbas"));
    assert!(!t.mentions(sentence, "don"));
    assert!(!t.mentions(sentence, "next sentence"));
    let set = PhraseSet::new(["killed", "death toll", "kill"]);
    let hits: Vec<usize> = set.find_iter(s, sentence).map(|(i, _)| i).collect();
    assert_eq!(hits, [0]);
}

/// Every word of the seeds and the quantity cases, with upper-case, odd and
/// non-ASCII variants.
fn sample_words() -> Vec<String> {
    let all = crate::extract::quantity::tests::SEEDS.concat();
    let t = text(&all);
    let mut words: Vec<String> = t.words().iter().map(|&w| t.slice(w).to_string()).collect();
    let extra = [
        "",
        "A",
        "AN",
        "Dec",
        "DEC",
        "o’clock",
        "O’CLOCK",
        "o'clock",
        "Ünter",
        "naïve",
        "MR",
        "Mr",
        "mR",
        "peoplE",
        "Crises",
        "CRISES",
        "bus",
        "BUSES",
        "Gas",
        "US",
        "a\0",
        "[]",
        "@",
        "`x",
        "{z",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "abcdefghijklmnopq",
        "Thursday",
        "casualties",
        "Ties",
        "boxes",
        "Churches",
        "quizzes",
        "Soldier’s",
        "soldier's",
        "Ünters",
        "ÜBERS",
        "lies",
        "Roubles",
        "kilometers",
        "İstanbuls",
        "THURS",
        "sept",
        "Sept",
        "SEPT",
        "MAY",
        "may",
    ];
    words.extend(extra.iter().map(|w| (*w).to_string()));
    let upper: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    words.extend(upper);
    words
}

#[test]
fn word_sets_answer_as_a_linear_search() {
    let lists: [&[&str]; 5] = [
        &WORDS.abbreviations,
        &MONTH_NAMES,
        &WEEKDAY_NAMES,
        &[
            "o’clock",
            "a",
            "x",
            "abcdefghijklmnopqrstuvwxyz",
            "abcdefghijklmnop",
        ],
        &["people", "police", "personnel", "staff", "aircraft"],
    ];
    for list in lists {
        let set = WordSet::of(list);
        for w in sample_words()
            .iter()
            .map(String::as_str)
            .chain(list.iter().copied())
        {
            assert_eq!(set.contains(w), is_one_of(w, list), "{w:?}");
        }
    }
    for w in sample_words() {
        let month = is_one_of(&w, &MONTH_NAMES)
            || MONTH_ABBREVIATIONS
                .iter()
                .any(|(a, _)| a.eq_ignore_ascii_case(&w));
        assert_eq!(is_month(&w), month, "{w:?}");
        assert_eq!(
            is_calendar_word(&w),
            month || is_one_of(&w, &WEEKDAY_NAMES),
            "{w:?}"
        );
    }
}

#[test]
fn plurals_agree_with_the_lemmatiser() {
    let words = sample_words();
    let irregular = WORDS.irregular.iter().flat_map(|(w, l)| [*w, *l]);
    for w in words.iter().map(String::as_str).chain(irregular) {
        let reference = is_one_of(w, &["people", "police", "personnel", "staff", "aircraft"])
            || reference::singular(w) != w.to_lowercase().replace('’', "'");
        assert_eq!(is_plural(w), reference, "{w:?}");
        assert_eq!(singular(w), reference::singular(w), "{w:?}");
    }
}

/// Text with every case the analysis distinguishes, for the comparisons below.
fn tricky_text() -> String {
    let seeds = crate::extract::quantity::tests::SEEDS.concat();
    let odd = "Mr. J. R. Smith… said “No.” (U.S.) — 14,000 – 3.5 - a-b 14\u{2009}000 \
               14\u{00A0}0000 1,000,000. e.g. it’s Dec. 21, 10:30… Done!! ok? Yes.\u{0085}Next \
               \u{2003}wide\u{2003}space. Ünter Straße 5. Ça va. Заголовок открываемого. \
               © Reuters\n(Photo via AP)\nSign up now\nShort one\nSubscribe here\n\n\
               Photo: Reuters 2021-12-23\nx 23.12.2021\nthe end\u{2026} Ok\u{2026}\u{2026} \
               [a]b; c: d, e\u{2014}f g \u{2013} h\u{00A0}\u{2013}\u{00A0}i 1.a. A.B. a.b.c \
               9.\n\nthe newsletter\n";
    format!(
        "{seeds}{odd}{}",
        include_str!("../extract/quantity/cases.txt")
    )
}

#[test]
fn byte_level_analysis_matches_the_reference() {
    let all = tricky_text();
    let check = |piece: &str| {
        let t = text(piece);
        let want = reference::analyse(piece, Span::new(0, piece.len()));
        let got = [
            t.sentences().to_vec(),
            t.clauses().to_vec(),
            t.words().to_vec(),
            t.boilerplate().to_vec(),
        ];
        assert_eq!(got, want, "{piece:?}");
    };
    check(&all);
    let bounds: Vec<usize> = (0..=all.len())
        .filter(|&i| all.is_char_boundary(i))
        .collect();
    for (n, &start) in bounds.iter().enumerate().step_by(7) {
        for len in [1, 2, 3, 4, 6, 9, 17, 60, 250] {
            let Some(&end) = bounds.get(n + len) else {
                continue;
            };
            check(&all[start..end]);
        }
    }
    for line in all.lines() {
        let line = line.trim();
        assert_eq!(
            is_boilerplate_line(line),
            reference::is_boilerplate_line(line),
            "{line:?}"
        );
    }
}

#[test]
fn phrase_sets_match_as_a_search_with_case_ignored() {
    let all = tricky_text();
    let sets: [&[&str]; 5] = [
        &["killed", "death toll", "kill", "Kyiv", "KYIV", "troops"],
        &["Russia", "russia’s", "U.S", "Donbas", "Donbass", "Ukraine"],
        &["a", "an", "the", "of the", "the Kremlin"],
        &["Заголовок", "Straße", "ça", "e.g", "—"],
        &["Photo", "via AP", "newsletter", "sign up", "cookie"],
    ];
    for set in sets {
        let phrases = PhraseSet::new(set);
        let reference = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(set)
            .unwrap();
        let t = text(&all);
        for &within in t.sentences().iter().chain([Span::new(0, all.len())].iter()) {
            let haystack = &all[within.range()];
            let want: Vec<(usize, Span)> = reference
                .find_iter(haystack)
                .filter(|m| {
                    let before = haystack[..m.start()].chars().next_back();
                    let after = haystack[m.end()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
                .map(|m| {
                    let span = Span::new(within.start + m.start(), within.start + m.end());
                    (m.pattern().as_usize(), span)
                })
                .collect();
            let got: Vec<(usize, Span)> = phrases.find_iter(&all, within).collect();
            assert_eq!(got, want, "{set:?} in {haystack:?}");
            assert_eq!(phrases.any_in(&all, within), !want.is_empty());
            assert_eq!(phrases.contains_in(haystack), reference.is_match(haystack));
        }
    }
}

#[test]
fn seeds_analyse_on_char_boundaries() {
    for seed in crate::extract::quantity::tests::SEEDS {
        let t = text(seed);
        for &sp in t.sentences().iter().chain(t.clauses()).chain(t.words()) {
            assert!(seed.get(sp.range()).is_some(), "{sp:?}");
            assert!(!sp.is_empty());
        }
        assert!(t.sentences().windows(2).all(|w| w[0].end <= w[1].start));
    }
}

/// A span trimmed byte by byte where it can be is the span `str::trim` leaves, white
/// space outside ASCII included.
#[test]
fn trimming_is_that_of_str_trim() {
    let samples = [
        "",
        " ",
        "  \t\n",
        "a",
        " a ",
        "\u{a0}a\u{a0}",
        " \u{2009} x \u{3000}",
        "\u{b}x\u{b}",
        "x\u{b}",
        "\u{85}",
        " é ",
        "é",
        "”x“",
        " \u{2003}",
        "\u{2003} ",
        "a b\u{a0} \n",
    ];
    for sample in samples {
        let text = format!("[{sample}]");
        let span = crate::source::Span::new(1, text.len() - 1);
        let got = segment::trim(&text, span);
        let expected = sample.trim();
        assert_eq!(text.get(got.range()), Some(expected), "{sample:?}");
        let lead = sample.len() - sample.trim_start().len();
        assert_eq!(got.start, 1 + lead, "{sample:?}");
        assert_eq!(segment::trim_str(sample), expected, "{sample:?}");
    }
}
