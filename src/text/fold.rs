//! Name keys: one word of a name in; the identity under which its variant spellings
//! fall together out ([`token_key`], or [`KeyFolder`] without allocating), and a name
//! as written folded for comparison ([`spelling`]). The steps are listed in the module
//! documentation of `extract::names`; the exonym table is `data/exonyms.tsv`.

use std::sync::LazyLock;

use super::bits::{is_possessive, packed_key};
use super::lexicon::KeyTable;

/// The exonym table, as written in `data/exonyms.tsv`.
const EXONYM_DATA: &str = include_str!("../../data/exonyms.tsv");

/// Well-known exonyms and transliteration pairs no general rule folds, as
/// (variant, canonical), both already folded by steps 1–4 of [`token_key`]; parsed once.
pub static EXONYMS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| parse_pairs(EXONYM_DATA));

/// The pairs of a tab-separated table: one pair a line, blank lines and lines starting
/// with `#` left out, a line without a tab left out.
fn parse_pairs(data: &str) -> Vec<(&str, &str)> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim(), b.trim()))
        .collect()
}

/// Whether a folded token is in the exonym table, either side.
pub fn is_exonym(key: &str) -> bool {
    EXONYMS.iter().any(|&(a, b)| a == key || b == key)
}

/// A name as written, folded for comparison: lower case, straight quotes, single spaces.
pub fn spelling(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        let mut space = false;
        for b in s.bytes() {
            let c = char::from(b);
            if c.is_whitespace() {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            out.push(if c == '`' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
        }
        return out;
    }
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '’' | '‘' | '`' => out.push('\''),
                '“' | '”' => out.push('"'),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

/// The identity of one word of a name, under which its variant spellings fall
/// together. See the module documentation for the rules.
pub fn token_key(word: &str) -> String {
    KeyFolder::default().key(word).to_owned()
}

/// How many words' keys a thread keeps at most before it starts again (a bound on the
/// memory of the cache below, whatever the vocabulary of an archive).
const FOLD_CACHE: usize = 1 << 14;

thread_local! {
    /// The keys of ASCII words of up to 15 bytes, by their packed caseless key: names
    /// are folded word by word in every document, and by the spelling check again.
    static FOLDED: std::cell::RefCell<KeyTable<Box<[u8]>>> = std::cell::RefCell::default();
}

/// Reusable buffers that fold words as [`token_key`] does, without allocating once
/// warm: the hot paths (extraction, the spelling check) fold every word of every name.
#[derive(Debug, Default)]
pub struct KeyFolder {
    /// The folded word.
    out: Vec<u8>,
    /// Scratch for the transliteration step.
    scratch: Vec<u8>,
}

impl KeyFolder {
    /// The [`token_key`] of `word`, valid until the next call.
    #[expect(
        clippy::expect_used,
        reason = "the folded word is UTF-8: ASCII folded byte by byte into ASCII, or the \
                  bytes of a `String`"
    )]
    pub fn key(&mut self, word: &str) -> &str {
        if word.is_ascii() {
            // An ASCII word's key depends on its letters with case ignored (step 1
            // lower-cases it first): kept by its packed caseless key, since the exonym
            // step compares it with every variant of the table.
            match packed_key(word.as_bytes()) {
                Some(packed) => FOLDED.with(|cache| {
                    let mut cache = cache.borrow_mut();
                    if cache.len() >= FOLD_CACHE {
                        cache.clear();
                    }
                    let (out, scratch) = (&mut self.out, &mut self.scratch);
                    let kept = cache.get_or_insert_with(packed, || {
                        fold_ascii(word.as_bytes(), out, scratch);
                        out.as_slice().into()
                    });
                    match kept {
                        Some(kept) => {
                            self.out.clear();
                            self.out.extend_from_slice(kept);
                        }
                        // The empty word, whose packed key (0) is none the table keeps.
                        None => fold_ascii(word.as_bytes(), &mut self.out, &mut self.scratch),
                    }
                }),
                None => fold_ascii(word.as_bytes(), &mut self.out, &mut self.scratch),
            }
        } else {
            // Diacritics, curly apostrophes and the like: rare, and the general rules.
            self.out.clear();
            self.out
                .extend_from_slice(token_key_general(word).as_bytes());
        }
        std::str::from_utf8(&self.out).expect("a folded word is UTF-8")
    }
}

/// [`token_key`] of an ASCII word, byte by byte, into `out` (`scratch` is a second
/// buffer). The same steps as [`token_key_general`], which stays the reference.
fn fold_ascii(word: &[u8], out: &mut Vec<u8>, scratch: &mut Vec<u8>) {
    // 1. Case, possessive, punctuation.
    let w = scratch;
    w.clear();
    w.extend(
        word.iter()
            .filter(|b| !matches!(b, b'.' | b'\'' | b'-' | b'`'))
            .map(u8::to_ascii_lowercase),
    );
    if let [.., b'\'', s] = word {
        if s.eq_ignore_ascii_case(&b's') && w.last() == Some(&b's') {
            w.pop();
        }
    }
    // 2. British to American.
    american_ascii(w);
    // 3. Transliteration: `x` → `ks`, `ph` → `f` (no `ph` can straddle a `ks`).
    out.clear();
    let mut bytes = w.iter().copied().peekable();
    while let Some(b) = bytes.next() {
        match b {
            b'x' => out.extend_from_slice(b"ks"),
            b'p' if bytes.peek() == Some(&b'h') => {
                bytes.next();
                out.push(b'f');
            }
            b => out.push(b),
        }
    }
    if let [b'y', b'e', c, ..] = out.as_slice() {
        if c.is_ascii_alphabetic() && !is_vowel_byte(*c) {
            out.remove(0);
        }
    }
    let mut prev = None;
    for b in out.iter_mut() {
        let c = *b;
        if c == b'y' && prev.is_some_and(is_vowel_byte) {
            *b = b'i';
        }
        prev = Some(c);
    }
    if out.len() > 3 {
        if let [.., a, b] = out.as_slice() {
            if matches!(
                (a, b),
                (b'y', b'y') | (b'i', b'y') | (b'y', b'i') | (b'i', b'i') | (b'i', b'j')
            ) {
                out.pop();
                if let Some(last) = out.last_mut() {
                    *last = b'i';
                }
            }
        }
    }
    if out.len() > 2 {
        if let [.., before, last @ b'y'] = out.as_mut_slice() {
            if before.is_ascii_alphabetic() && !is_vowel_byte(*before) {
                *last = b'i';
            }
        }
    }
    // 4. Doubled consonants.
    out.dedup_by(|b, kept| b == kept && b.is_ascii_alphabetic() && !is_vowel_byte(*b));
    // 5. Exonyms.
    if let Some(&(_, canonical)) = EXONYMS
        .iter()
        .find(|(variant, _)| variant.as_bytes() == out.as_slice())
    {
        out.clear();
        out.extend_from_slice(canonical.as_bytes());
    }
}

/// Step 2 of [`token_key`] on a lower-case ASCII word, in place.
fn american_ascii(w: &mut Vec<u8>) {
    let n = w.len();
    if matches!(w.as_slice(), b"defence" | b"offence" | b"licence") {
        // `-ence` → `-ense`.
        if let Some(c) = w.get_mut(5) {
            *c = b's';
        }
        return;
    }
    // `-isation(s)` → `-ization(s)`: the `s` after the `i` becomes a `z`.
    let isation = if w.ends_with(b"isation") {
        Some(n - 6)
    } else if w.ends_with(b"isations") {
        Some(n - 7)
    } else {
        None
    };
    if let Some(at) = isation {
        if let Some(c) = w.get_mut(at) {
            *c = b'z';
        }
        return;
    }
    // `-ntre`, `-atre`, `-etre`, `-itre` → `-nter`, …
    if let [.., b'n' | b'a' | b'e' | b'i', b't', r @ b'r', e @ b'e'] = w.as_mut_slice() {
        *r = b'e';
        *e = b'r';
        return;
    }
    // A final `-our` → `-or`, in words of six letters or more.
    if n >= 6 && w.ends_with(b"our") {
        w.remove(n - 2);
    }
}

/// The reference implementation of [`token_key`], for any word.
fn token_key_general(word: &str) -> String {
    // 1. Case, diacritics, possessive, punctuation.
    let mut w = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            '.' | '\'' | '’' | '‘' | '-' | '‐' | '`' => {}
            c => fold(c, &mut w),
        }
    }
    let lowered = word.to_lowercase();
    if is_possessive(&lowered) && w.ends_with('s') {
        w.pop();
    }
    // 2. British to American.
    w = american(w);
    // 3. Transliteration.
    w = w.replace('x', "ks").replace("ph", "f");
    if let Some(rest) = w.strip_prefix("ye") {
        if rest.starts_with(|c: char| c.is_alphabetic() && !is_vowel(c)) {
            w = format!("e{rest}");
        }
    }
    let mut out = String::with_capacity(w.len());
    let mut prev: Option<char> = None;
    for c in w.chars() {
        if c == 'y' && prev.is_some_and(is_vowel) {
            out.push('i');
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    for ending in ["yy", "iy", "yi", "ii", "ij"] {
        if out.len() > ending.len() + 1 && out.ends_with(ending) {
            out.truncate(out.len() - ending.len());
            out.push('i');
            break;
        }
    }
    if out.len() > 2 && out.ends_with('y') {
        let before = out.chars().rev().nth(1);
        if before.is_some_and(|c| c.is_alphabetic() && !is_vowel(c)) {
            out.pop();
            out.push('i');
        }
    }
    // 4. Doubled consonants.
    let mut single = String::with_capacity(out.len());
    for c in out.chars() {
        if single.ends_with(c) && c.is_alphabetic() && !is_vowel(c) {
            continue;
        }
        single.push(c);
    }
    // 5. Exonyms.
    EXONYMS
        .iter()
        .find(|&&(variant, _)| variant == single)
        .map_or(single, |&(_, canonical)| canonical.to_owned())
}

/// British spellings in American form (step 2 of [`token_key`]).
fn american(w: String) -> String {
    for (british, american) in [
        ("defence", "defense"),
        ("offence", "offense"),
        ("licence", "license"),
    ] {
        if w == british {
            return american.to_owned();
        }
    }
    if let Some(stem) = w.strip_suffix("isation") {
        return format!("{stem}ization");
    }
    if let Some(stem) = w.strip_suffix("isations") {
        return format!("{stem}izations");
    }
    for ending in ["ntre", "atre", "etre", "itre"] {
        if let Some(stem) = w.strip_suffix(ending) {
            let mut out = stem.to_owned();
            out.push_str(ending.get(..1).unwrap_or(""));
            out.push_str("ter");
            return out;
        }
    }
    if w.chars().count() >= 6 {
        if let Some(stem) = w.strip_suffix("our") {
            return format!("{stem}or");
        }
    }
    w
}

fn is_vowel_byte(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// A spelling without its full stops and apostrophes, its letters without their
/// diacritics ("u.s." → "us", "guàrdia" → "guardia", "chang'e-5" → "change-5"): what is
/// left when the marks a keyboard or a house style drops are dropped.
pub fn unmarked(spelling: &str) -> String {
    let mut out = String::with_capacity(spelling.len());
    for c in spelling.chars() {
        if !matches!(c, '.' | '\'' | '’') {
            fold(c, &mut out);
        }
    }
    out
}

/// Pushes a lower-case Latin letter without its diacritics.
fn fold(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' | 'ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(plain);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed articles.
    const SEEDS: [&str; 5] = [
        include_str!("../../seeds/000_861de67a3d0b5135.txt"),
        include_str!("../../seeds/001_d932a825c84dced8.txt"),
        include_str!("../../seeds/002_871e41fac1f90a4e.txt"),
        include_str!("../../seeds/003_cacb0fcdde16e1e9.txt"),
        include_str!("../../seeds/004_745df1fde515d6eb.txt"),
    ];

    #[test]
    fn the_exonym_table_parses() {
        let data_lines = EXONYM_DATA
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(EXONYMS.len(), data_lines, "a line without a tab");
        assert!(EXONYMS.contains(&("kiev", "kyiv")));
        for &(variant, canonical) in EXONYMS.iter() {
            assert!(!variant.is_empty() && !canonical.is_empty());
            // Both sides are written as steps 1–4 leave them, so they fold to the canonical.
            assert_eq!(token_key(variant), canonical, "{variant}");
            assert_eq!(token_key(canonical), canonical, "{canonical}");
        }
    }

    #[test]
    fn variant_spellings_share_a_key() {
        let same: &[&[&str]] = &[
            &["Sergey Lavrov", "Sergei Lavrov"],
            &["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi"],
            &["Kiev", "Kyiv"],
            &["Organisation", "Organization"],
            &["Donbas", "Donbass"],
            &["Odessa", "Odesa"],
            &["Dmitry", "Dmitriy", "Dmitri"],
            &["Alexei", "Aleksei", "Aleksey", "Alexey"],
            &["Yevgeny", "Evgeny", "Evgeniy"],
            &["Defence", "Defense"],
            &["Centre", "Center"],
            &["Belarussian", "Belarusian"],
            &["Erdoğan", "Erdogan"],
            &["U.S.", "US"],
            &["Kharkov", "Kharkiv"],
            &["Nikolay", "Nikolai"],
        ];
        for group in same {
            let keys: Vec<String> = group
                .iter()
                .map(|n| {
                    n.split_whitespace()
                        .map(token_key)
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            assert!(keys.windows(2).all(|w| w[0] == w[1]), "{group:?}: {keys:?}");
        }
        let different = [
            ("Austria", "Australia"),
            ("Russia", "Prussia"),
            ("Sergei", "Sergio"),
            ("Year", "Ear"),
            ("Conference", "Conferense"),
        ];
        for (a, b) in different {
            assert_ne!(token_key(a), token_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn the_ascii_fold_matches_the_general_rules() {
        let mut words: Vec<String> = Vec::new();
        for seed in SEEDS {
            words.extend(
                seed.split(|c: char| !(c.is_alphanumeric() || "'.-`".contains(c)))
                    .filter(|w| w.is_ascii())
                    .map(str::to_owned),
            );
        }
        // Every short word over letters the rules look at.
        let alphabet: Vec<char> = "aeyixphjntrouscdY'.-S`".chars().collect();
        let mut short: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = short
                .iter()
                .flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}")))
                .collect();
            words.extend(longer.iter().cloned());
            short = longer;
        }
        // Stems before the endings the rules rewrite.
        let stems = [
            "", "a", "y", "ye", "cent", "colour", "organ", "x", "ph", "Kiev", "kiv",
        ];
        let endings = [
            "", "isation", "isations", "ntre", "atre", "etre", "itre", "tre", "our", "ence",
            "defence", "offence", "licence", "yy", "iy", "yi", "ii", "ij", "y", "ay", "'s", "'S",
            "s", "Y", "ss",
        ];
        for stem in stems {
            for ending in endings {
                words.push(format!("{stem}{ending}"));
                words.push(format!("{stem}{ending}").to_uppercase());
            }
        }
        for (variant, canonical) in EXONYMS.iter() {
            words.push((*variant).to_owned());
            words.push((*canonical).to_owned());
        }
        let mut folder = KeyFolder::default();
        let wrong: Vec<String> = words
            .iter()
            .filter_map(|w| {
                let (fast, general) = (folder.key(w).to_owned(), token_key_general(w));
                (fast != general).then(|| format!("{w:?}: {fast:?} != {general:?}"))
            })
            .collect();
        assert!(words.len() > 100_000);
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
