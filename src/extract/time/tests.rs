//! Tests for the time reader: a table of expressions with their publication dates and
//! expected intervals, the not-times, unresolved forms, weekdays beside dates, header
//! dates, and the seed articles.

use super::*;
use crate::extract::Granularity::{self, *};

/// Sentence, publication date, expected span text, expected `[start, end)`,
/// granularity, approximate. `MIN` stands for `NaiveDate::MIN`.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Granularity,
    bool,
);

#[rustfmt::skip]
const TABLE: &[Row] = &[
    // ---- absolute dates
    ("Talks are set for January 10, 2022 in Geneva.", "2021-12-27", "January 10, 2022", "2022-01-10", "2022-01-11", Day, false),
    ("The meeting was held on Jan. 10, 2022.", "2022-03-15", "Jan. 10, 2022", "2022-01-10", "2022-01-11", Day, false),
    ("He arrived on 10 January 2022.", "2022-03-15", "10 January 2022", "2022-01-10", "2022-01-11", Day, false),
    ("The deal was signed on Dec. 21, 2021, in Moscow.", "2022-01-18", "Dec. 21, 2021", "2021-12-21", "2021-12-22", Day, false),
    ("Published December 22, 2021 by staff.", "2021-12-22", "December 22, 2021", "2021-12-22", "2021-12-23", Day, false),
    ("Updated 23.12.2021 at noon.", "2021-12-23", "23.12.2021", "2021-12-23", "2021-12-24", Day, false),
    ("The file is dated 03/04/2022.", "2022-05-01", "03/04/2022", "2022-04-03", "2022-04-04", Day, false),
    ("The file is dated 25/04/2022.", "2022-05-01", "25/04/2022", "2022-04-25", "2022-04-26", Day, false),
    ("The form says 04/25/2022.", "2022-05-01", "04/25/2022", "2022-04-25", "2022-04-26", Day, false),
    ("The release is dated 2022-01-10.", "2022-03-15", "2022-01-10", "2022-01-10", "2022-01-11", Day, false),
    ("It happened on the 10th of March 2021.", "2022-03-15", "10th of March 2021", "2021-03-10", "2021-03-11", Day, false),
    ("On 1st September 2020 the rules changed.", "2022-03-15", "1st September 2020", "2020-09-01", "2020-09-02", Day, false),
    ("On 29 February 2020 it snowed.", "2022-03-15", "29 February 2020", "2020-02-29", "2020-03-01", Day, false),
    ("Leap day, 29.02.2024, fell on a Thursday.", "2024-03-15", "29.02.2024", "2024-02-29", "2024-03-01", Day, false),
    ("The summit ends on Sept. 30, 2023.", "2023-06-30", "Sept. 30, 2023", "2023-09-30", "2023-10-01", Day, false),
    ("The treaty dates from 31 December 1999.", "2022-03-15", "31 December 1999", "1999-12-31", "2000-01-01", Day, false),
    ("The vote was on November 3, 2020.", "2022-03-15", "November 3, 2020", "2020-11-03", "2020-11-04", Day, false),
    ("The index closed at a record on 2021-12-31.", "2022-01-18", "2021-12-31", "2021-12-31", "2022-01-01", Day, false),
    ("Dated 1.1.2022, the note was brief.", "2022-01-18", "1.1.2022", "2022-01-01", "2022-01-02", Day, false),
    ("They met on Aug 5, 2019.", "2022-03-15", "Aug 5, 2019", "2019-08-05", "2019-08-06", Day, false),
    ("The euro arrived on January 1, 2002.", "2022-03-15", "January 1, 2002", "2002-01-01", "2002-01-02", Day, false),
    ("The market fell on Feb. 28, 2019.", "2022-03-15", "Feb. 28, 2019", "2019-02-28", "2019-03-01", Day, false),
    ("The ceasefire began on 15 March 2022.", "2022-03-20", "15 March 2022", "2022-03-15", "2022-03-16", Day, false),
    ("The ceasefire began on March 15, 2022.", "2022-03-20", "March 15, 2022", "2022-03-15", "2022-03-16", Day, false),
    ("The ceasefire began on 15.03.2022.", "2022-03-20", "15.03.2022", "2022-03-15", "2022-03-16", Day, false),
    ("The ceasefire began on 2022-03-15.", "2022-03-20", "2022-03-15", "2022-03-15", "2022-03-16", Day, false),
    ("The ceasefire began on 15/03/2022.", "2022-03-20", "15/03/2022", "2022-03-15", "2022-03-16", Day, false),
    ("The talks ended on 5 Nov 2021.", "2022-03-15", "5 Nov 2021", "2021-11-05", "2021-11-06", Day, false),
    ("The year closed on December 31st, 2021.", "2022-03-15", "December 31st, 2021", "2021-12-31", "2022-01-01", Day, false),
    ("The declaration was signed on July 4, 1776.", "2022-03-15", "July 4, 1776", "1776-07-04", "1776-07-05", Day, false),
    ("The leap-day sale ran on February 29, 2024.", "2024-03-15", "February 29, 2024", "2024-02-29", "2024-03-01", Day, false),
    ("The ruling is dated 2020-02-29.", "2021-01-05", "2020-02-29", "2020-02-29", "2020-03-01", Day, false),
    ("The election took place on 7 October 2018.", "2022-03-15", "7 October 2018", "2018-10-07", "2018-10-08", Day, false),
    ("Photo taken on Nov. 30, 2021, in Moscow.", "2021-12-22", "Nov. 30, 2021", "2021-11-30", "2021-12-01", Day, false),
    ("The talks ran on 10–12 January 2022.", "2022-03-15", "10–12 January 2022", "2022-01-10", "2022-01-13", Range, false),
    ("The games run February 27-29, 2024.", "2024-01-15", "February 27-29, 2024", "2024-02-27", "2024-03-01", Range, false),
    // ---- dates without a year: tense decides
    ("The talks run January 10-12.", "2021-12-27", "January 10-12", "2022-01-10", "2022-01-13", Range, false),
    ("The talks ran December 20–22.", "2022-01-18", "December 20–22", "2021-12-20", "2021-12-23", Range, false),
    ("Talks will begin on January 12.", "2021-12-27", "January 12", "2022-01-12", "2022-01-13", Day, false),
    ("The talks were held on December 3.", "2021-12-27", "December 3", "2021-12-03", "2021-12-04", Day, false),
    ("The first official working day of 2022 in Russia is January 10.", "2021-12-27", "January 10", "2022-01-10", "2022-01-11", Day, false),
    ("Lavrov said on December 30 that talks were possible.", "2022-01-18", "December 30", "2021-12-30", "2021-12-31", Day, false),
    ("The summit will take place on December 30.", "2022-01-18", "December 30", "2022-12-30", "2022-12-31", Day, false),
    ("The summit took place on December 30.", "2022-01-18", "December 30", "2021-12-30", "2021-12-31", Day, false),
    ("The ministry said it was considering a proposal to hold talks on January 12.", "2021-12-27", "January 12", "2022-01-12", "2022-01-13", Day, false),
    ("Elections are due on June 5.", "2022-03-15", "June 5", "2022-06-05", "2022-06-06", Day, false),
    ("He was born on June 5.", "2022-03-15", "June 5", "2021-06-05", "2021-06-06", Day, false),
    ("The deadline is March 20.", "2022-03-15", "March 20", "2022-03-20", "2022-03-21", Day, false),
    ("The deadline was March 10.", "2022-03-15", "March 10", "2022-03-10", "2022-03-11", Day, false),
    ("The deadline is March 1.", "2022-03-15", "March 1", "2022-03-01", "2022-03-02", Day, false),
    ("The law takes effect on February 29.", "2023-06-30", "February 29", "2024-02-29", "2024-03-01", Day, false),
    ("The law took effect on February 29.", "2023-06-30", "February 29", "2020-02-29", "2020-03-01", Day, false),
    ("The vote will be held on February 29.", "2024-02-28", "February 29", "2024-02-29", "2024-03-01", Day, false),
    ("Talks will resume on January 3.", "2019-12-31", "January 3", "2020-01-03", "2020-01-04", Day, false),
    ("He resigned on December 30.", "2022-01-01", "December 30", "2021-12-30", "2021-12-31", Day, false),
    ("The talks will open on 12 January.", "2021-12-27", "12 January", "2022-01-12", "2022-01-13", Day, false),
    ("On January 10 (Monday), talks will start in Geneva.", "2021-12-27", "January 10", "2022-01-10", "2022-01-11", Day, false),
    ("The meeting on Feb. 3 was cancelled.", "2022-03-15", "Feb. 3", "2022-02-03", "2022-02-04", Day, false),
    ("The new rules apply from July 1.", "2022-03-15", "July 1", "2022-07-01", "2022-07-02", Day, false),
    ("Parliament will reconvene on September 6.", "2022-03-15", "September 6", "2022-09-06", "2022-09-07", Day, false),
    ("Parliament last met on 14 December.", "2022-03-15", "14 December", "2021-12-14", "2021-12-15", Day, false),
    ("The offer expires on December 31.", "2021-12-27", "December 31", "2021-12-31", "2022-01-01", Day, false),
    ("The offer expired on January 2.", "2022-01-18", "January 2", "2022-01-02", "2022-01-03", Day, false),
    // ---- years and decades
    ("Russia annexed Crimea in 2014.", "2021-12-22", "2014", "2014-01-01", "2015-01-01", Year, false),
    ("The 1962 Cuban Missile Crisis was a turning point.", "2021-12-27", "1962", "1962-01-01", "1963-01-01", Year, false),
    ("Kyiv broke a 2015 deal meant to halt the conflict.", "2021-12-27", "2015", "2015-01-01", "2016-01-01", Year, false),
    ("The Soviet Union collapsed in 1991.", "2021-12-27", "1991", "1991-01-01", "1992-01-01", Year, false),
    ("Prices rose sharply in the 1990s.", "2022-03-15", "1990s", "1990-01-01", "2000-01-01", Decade, false),
    ("In the 1970s the economy stagnated.", "2022-03-15", "1970s", "1970-01-01", "1980-01-01", Decade, false),
    ("The line was built by 1905.", "2022-03-15", "1905", "1905-01-01", "1906-01-01", Year, false),
    ("The first official working day of 2022 is a Monday.", "2021-12-27", "2022", "2022-01-01", "2023-01-01", Year, false),
    ("Between 2014 and 2015 the war raged.", "2022-03-15", "2014", "2014-01-01", "2015-01-01", Year, false),
    ("Between 2014 and 2015 the war raged.", "2022-03-15", "2015", "2015-01-01", "2016-01-01", Year, false),
    ("The rules of 2008 still apply.", "2022-03-15", "2008", "2008-01-01", "2009-01-01", Year, false),
    ("The rules date from the year 2008.", "2022-03-15", "2008", "2008-01-01", "2009-01-01", Year, false),
    ("During 2020 travel stopped.", "2022-03-15", "2020", "2020-01-01", "2021-01-01", Year, false),
    ("Growth was weak in the 2000s.", "2022-03-15", "2000s", "2000-01-01", "2010-01-01", Decade, false),
    ("Rates fell through the 2010s.", "2022-03-15", "2010s", "2010-01-01", "2020-01-01", Decade, false),
    ("The plan dates to 2019, officials said.", "2022-03-15", "2019", "2019-01-01", "2020-01-01", Year, false),
    ("Leap years such as 2024 have 366 days.", "2022-03-15", "2024", "2024-01-01", "2025-01-01", Year, false),
    ("Talks are set to take place in December 2022.", "2021-12-27", "December 2022", "2022-12-01", "2023-01-01", Month, false),
    ("Inflation peaked in Jan 2022.", "2022-03-15", "Jan 2022", "2022-01-01", "2022-02-01", Month, false),
    ("The vote is set for January next year.", "2021-12-27", "January next year", "2022-01-01", "2022-02-01", Month, false),
    ("It rained in February 2020.", "2022-03-15", "February 2020", "2020-02-01", "2020-03-01", Month, false),
    ("It rained in February 2021.", "2022-03-15", "February 2021", "2021-02-01", "2021-03-01", Month, false),
    // ---- parts
    ("Talks are expected in early 2022.", "2021-12-22", "early 2022", "2022-01-01", "2022-05-01", Part, true),
    ("Russia Expects Security Talks With US, NATO to Start in Early 2022", "2021-12-22", "Early 2022", "2022-01-01", "2022-05-01", Part, true),
    ("The plant opens in mid-2023.", "2022-03-15", "mid-2023", "2023-05-01", "2023-09-01", Part, true),
    ("Construction ends in late 2024.", "2022-03-15", "late 2024", "2024-09-01", "2025-01-01", Part, true),
    ("Snow fell in mid-December.", "2022-01-18", "mid-December", "2021-12-11", "2021-12-21", Part, true),
    ("The vote is planned for late January.", "2021-12-27", "late January", "2022-01-21", "2022-02-01", Part, true),
    ("Sales slowed in early March.", "2022-03-15", "early March", "2022-03-01", "2022-03-11", Part, true),
    ("The talks will be held in the first half of 2022.", "2021-12-27", "first half of 2022", "2022-01-01", "2022-07-01", Part, false),
    ("Output fell in the second half of 2021.", "2022-03-15", "second half of 2021", "2021-07-01", "2022-01-01", Part, false),
    ("Growth picked up in the first quarter of 2022.", "2022-06-15", "first quarter of 2022", "2022-01-01", "2022-04-01", Quarter, false),
    ("Profits fell in the third quarter of 2021.", "2022-03-15", "third quarter of 2021", "2021-07-01", "2021-10-01", Quarter, false),
    ("Profits will rise in the first quarter.", "2021-12-27", "first quarter", "2022-01-01", "2022-04-01", Quarter, false),
    ("Profits rose in the first quarter.", "2022-03-15", "first quarter", "2022-01-01", "2022-04-01", Quarter, false),
    ("Profits fell in the fourth quarter.", "2022-03-15", "fourth quarter", "2021-10-01", "2022-01-01", Quarter, false),
    ("Revenue hit a record in Q3 2021.", "2022-03-15", "Q3 2021", "2021-07-01", "2021-10-01", Quarter, false),
    ("Results are due in Q1.", "2021-12-27", "Q1", "2022-01-01", "2022-04-01", Quarter, false),
    ("The bridge opened in the early 1990s.", "2022-03-15", "early 1990s", "1990-01-01", "1994-01-01", Part, true),
    ("The late 1980s were turbulent.", "2022-03-15", "late 1980s", "1986-01-01", "1990-01-01", Part, true),
    ("Prices peaked in the mid-1990s.", "2022-03-15", "mid-1990s", "1993-01-01", "1997-01-01", Part, true),
    ("Reserves ran low at the end of 2021.", "2022-03-15", "end of 2021", "2021-12-01", "2022-01-01", Part, true),
    ("Work began at the beginning of 2020.", "2022-03-15", "beginning of 2020", "2020-01-01", "2020-02-01", Part, true),
    ("The deal should close by the end of the year.", "2023-06-30", "end of the year", "2023-12-01", "2024-01-01", Part, true),
    ("Payment is due by the end of the month.", "2024-02-28", "end of the month", "2024-02-21", "2024-03-01", Part, true),
    ("The envoy arrives in the middle of next month.", "2021-12-27", "middle of next month", "2022-01-11", "2022-01-21", Part, true),
    ("A decision is expected by the start of next week.", "2022-01-18", "start of next week", "2022-01-24", "2022-01-27", Part, true),
    ("A reply is expected toward the end of this week.", "2022-01-18", "end of this week", "2022-01-20", "2022-01-24", Part, true),
    ("Talks will be held in the first half of January.", "2021-12-27", "first half of January", "2022-01-01", "2022-01-16", Part, false),
    ("Unrest grew late last year.", "2022-03-15", "late last year", "2021-09-01", "2022-01-01", Part, true),
    ("The envoy will visit early next month.", "2021-12-27", "early next month", "2022-01-01", "2022-01-11", Part, true),
    ("The bill passes late this month.", "2024-02-28", "late this month", "2024-02-21", "2024-03-01", Part, true),
    ("Prices jumped early in the year.", "2022-03-15", "early in the year", "2022-01-01", "2022-05-01", Part, true),
    ("A reply may come later in the week.", "2022-01-18", "later in the week", "2022-01-19", "2022-01-24", Part, false),
    ("The first quarter of next year looks weak.", "2021-12-27", "first quarter of next year", "2022-01-01", "2022-04-01", Quarter, false),
    ("Sales rose in the last quarter of 2021.", "2022-03-15", "last quarter of 2021", "2021-10-01", "2022-01-01", Quarter, false),
    ("Sales rose in the second quarter of 2020.", "2022-03-15", "second quarter of 2020", "2020-04-01", "2020-07-01", Quarter, false),
    ("The report will come out at the end of February.", "2024-01-15", "end of February", "2024-02-21", "2024-03-01", Part, true),
    ("The vote will be in late February.", "2023-01-15", "late February", "2023-02-21", "2023-03-01", Part, true),
    ("The envoy will arrive in mid-February.", "2020-01-10", "mid-February", "2020-02-11", "2020-02-21", Part, true),
    ("Talks stalled in early December.", "2021-12-27", "early December", "2021-12-01", "2021-12-11", Part, true),
    ("Talks will resume in early January.", "2021-12-22", "early January", "2022-01-01", "2022-01-11", Part, true),
    ("Rates will rise in the second half of next year.", "2021-12-22", "second half of next year", "2022-07-01", "2023-01-01", Part, false),
    ("Growth slowed in the first half of the year.", "2022-07-15", "first half of the year", "2022-01-01", "2022-07-01", Part, false),
    ("Russian and US negotiators will meet early next year.", "2021-12-22", "early next year", "2022-01-01", "2022-05-01", Part, true),
    ("Lavrov Says Security Guarantee Talks Slated for Early Next Year", "2021-12-23", "Early Next Year", "2022-01-01", "2022-05-01", Part, true),
    ("Talks will begin at the start of next year.", "2021-12-22", "start of next year", "2022-01-01", "2022-02-01", Part, true),
    ("It is agreed that at the very start of next year contacts will begin.", "2021-12-22", "start of next year", "2022-01-01", "2022-02-01", Part, true),
    ("The plan runs until the end of next year.", "2021-12-22", "end of next year", "2022-12-01", "2023-01-01", Part, true),
    ("The budget is spent by mid-year, late in the year at most.", "2022-03-15", "late in the year", "2022-09-01", "2023-01-01", Part, true),
    // ---- today, yesterday, tomorrow
    ("He arrived in Moscow today.", "2021-12-27", "today", "2021-12-27", "2021-12-28", Day, false),
    ("He left Moscow yesterday.", "2021-12-27", "yesterday", "2021-12-26", "2021-12-27", Day, false),
    ("She flies to Kyiv tomorrow.", "2021-12-27", "tomorrow", "2021-12-28", "2021-12-29", Day, false),
    ("The vote is tonight.", "2021-12-27", "tonight", "2021-12-27", "2021-12-28", Day, false),
    ("Talks resumed this morning.", "2021-12-27", "this morning", "2021-12-27", "2021-12-28", Day, false),
    ("Shots were fired last night.", "2021-12-27", "last night", "2021-12-26", "2021-12-27", Day, false),
    ("The law takes effect tomorrow.", "2019-12-31", "tomorrow", "2020-01-01", "2020-01-02", Day, false),
    ("Fireworks lit up the sky yesterday.", "2022-01-01", "yesterday", "2021-12-31", "2022-01-01", Day, false),
    ("The leap-day fair opens tomorrow.", "2024-02-28", "tomorrow", "2024-02-29", "2024-03-01", Day, false),
    ("The fair closed yesterday.", "2020-02-29", "yesterday", "2020-02-28", "2020-02-29", Day, false),
    ("The fair reopens tomorrow.", "2020-02-29", "tomorrow", "2020-03-01", "2020-03-02", Day, false),
    ("Prices rose yesterday.", "2021-03-01", "yesterday", "2021-02-28", "2021-03-01", Day, false),
    ("Prices rose yesterday.", "2024-03-01", "yesterday", "2024-02-29", "2024-03-01", Day, false),
    ("The new year starts tomorrow.", "2021-12-31", "tomorrow", "2022-01-01", "2022-01-02", Day, false),
    ("Talks resume tomorrow morning.", "2022-01-18", "tomorrow morning", "2022-01-19", "2022-01-20", Day, false),
    ("Today, the ministry said, talks are over.", "2022-01-18", "Today", "2022-01-18", "2022-01-19", Day, false),
    // ---- weekdays
    ("Lavrov said on Wednesday that talks would begin.", "2021-12-22", "Wednesday", "2021-12-22", "2021-12-23", Day, false),
    ("Blinken said on Tuesday that Washington was ready.", "2021-12-22", "Tuesday", "2021-12-21", "2021-12-22", Day, false),
    ("Blinken will fly to Kyiv on Thursday.", "2022-01-18", "Thursday", "2022-01-20", "2022-01-21", Day, false),
    ("Blinken will fly to Kyiv on Tuesday.", "2022-01-18", "Tuesday", "2022-01-18", "2022-01-19", Day, false),
    ("Putin met Biden on Friday.", "2022-01-18", "Friday", "2022-01-14", "2022-01-15", Day, false),
    ("Putin will meet Biden on Monday.", "2022-01-18", "Monday", "2022-01-24", "2022-01-25", Day, false),
    ("The meeting is on Friday.", "2022-01-18", "Friday", "2022-01-21", "2022-01-22", Day, false),
    ("The meeting is on Sunday.", "2022-01-18", "Sunday", "2022-01-16", "2022-01-17", Day, false),
    ("He spoke last Tuesday.", "2022-01-18", "last Tuesday", "2022-01-11", "2022-01-12", Day, false),
    ("Talks resume next Tuesday.", "2022-01-18", "next Tuesday", "2022-01-25", "2022-01-26", Day, false),
    ("Talks resume next Friday.", "2022-01-18", "next Friday", "2022-01-21", "2022-01-22", Day, false),
    ("Talks resume this Friday.", "2022-01-18", "this Friday", "2022-01-21", "2022-01-22", Day, false),
    ("Talks began this Monday.", "2022-01-18", "this Monday", "2022-01-17", "2022-01-18", Day, false),
    ("Tuesday’s talks ended without a deal.", "2022-01-18", "Tuesday’s", "2022-01-18", "2022-01-19", Day, false),
    ("The parliament voted on Thursday.", "2022-01-01", "Thursday", "2021-12-30", "2021-12-31", Day, false),
    ("Trading will resume on Thursday.", "2019-12-31", "Thursday", "2020-01-02", "2020-01-03", Day, false),
    ("The bill passed on Saturday.", "2020-03-01", "Saturday", "2020-02-29", "2020-03-01", Day, false),
    ("“We don’t want a war,” Lavrov said Wednesday.", "2021-12-22", "Wednesday", "2021-12-22", "2021-12-23", Day, false),
    ("On Monday, the ministry announced new drills.", "2021-12-27", "Monday", "2021-12-27", "2021-12-28", Day, false),
    ("Russia’s foreign ministry said on Sunday it was considering a proposal.", "2021-12-27", "Sunday", "2021-12-26", "2021-12-27", Day, false),
    ("Blinken would fly to Ukraine and meet with President Volodymyr Zelensky on Wednesday.", "2022-01-18", "Wednesday", "2022-01-19", "2022-01-20", Day, false),
    ("He is expected to arrive on Saturday.", "2022-01-18", "Saturday", "2022-01-22", "2022-01-23", Day, false),
    ("Kremlin spokesman Dmitry Peskov on Tuesday described the shipments as dangerous.", "2022-01-18", "Tuesday", "2022-01-18", "2022-01-19", Day, false),
    ("The talks will take place on Wednesday.", "2021-12-27", "Wednesday", "2021-12-29", "2021-12-30", Day, false),
    ("The talks took place on Wednesday.", "2021-12-27", "Wednesday", "2021-12-22", "2021-12-23", Day, false),
    ("The envoy arrived on Sunday.", "2022-01-01", "Sunday", "2021-12-26", "2021-12-27", Day, false),
    ("The envoy will arrive on Sunday.", "2022-01-01", "Sunday", "2022-01-02", "2022-01-03", Day, false),
    ("Markets reopen on Monday.", "2021-12-31", "Monday", "2022-01-03", "2022-01-04", Day, false),
    ("He spoke last Friday.", "2022-01-01", "last Friday", "2021-12-31", "2022-01-01", Day, false),
    ("The court will rule next Monday.", "2024-02-28", "next Monday", "2024-03-04", "2024-03-05", Day, false),
    ("The court ruled on Thursday.", "2024-03-01", "Thursday", "2024-02-29", "2024-03-01", Day, false),
    ("Ministers met on Saturday.", "2022-01-18", "Saturday", "2022-01-15", "2022-01-16", Day, false),
    ("Ministers will meet on Saturday.", "2022-01-18", "Saturday", "2022-01-22", "2022-01-23", Day, false),
    ("Ministers are scheduled to meet on Monday.", "2022-01-18", "Monday", "2022-01-24", "2022-01-25", Day, false),
    ("Ministers plan to meet on Thursday.", "2022-01-18", "Thursday", "2022-01-20", "2022-01-21", Day, false),
    // ---- weeks, months, years
    ("Talks failed last week.", "2022-01-18", "last week", "2022-01-10", "2022-01-17", Week, false),
    ("Talks continue this week.", "2022-01-18", "this week", "2022-01-17", "2022-01-24", Week, false),
    ("Talks resume next week.", "2022-01-18", "next week", "2022-01-24", "2022-01-31", Week, false),
    ("Troops returned to bases last week.", "2021-12-27", "last week", "2021-12-20", "2021-12-27", Week, false),
    ("Prices rose last week.", "2022-01-02", "last week", "2021-12-20", "2021-12-27", Week, false),
    ("Prices rose last week.", "2022-01-03", "last week", "2021-12-27", "2022-01-03", Week, false),
    ("Prices rose this week.", "2021-12-31", "this week", "2021-12-27", "2022-01-03", Week, false),
    ("Talks resume next week.", "2021-12-27", "next week", "2022-01-03", "2022-01-10", Week, false),
    ("Talks resume next week.", "2020-02-24", "next week", "2020-03-02", "2020-03-09", Week, false),
    ("Talks will resume next month.", "2021-12-27", "next month", "2022-01-01", "2022-02-01", Month, false),
    ("Security talks with US and NATO will begin next month", "2021-12-22", "next month", "2022-01-01", "2022-02-01", Month, false),
    ("Negotiators met this month.", "2022-01-18", "this month", "2022-01-01", "2022-02-01", Month, false),
    ("Negotiators met last month.", "2022-01-18", "last month", "2021-12-01", "2022-01-01", Month, false),
    ("Rates rise next month.", "2024-02-28", "next month", "2024-03-01", "2024-04-01", Month, false),
    ("Rates rose this month.", "2024-02-28", "this month", "2024-02-01", "2024-03-01", Month, false),
    ("Rates rise next month.", "2024-01-31", "next month", "2024-02-01", "2024-03-01", Month, false),
    ("Rates rose last month.", "2024-03-31", "last month", "2024-02-01", "2024-03-01", Month, false),
    ("Rates rose last month.", "2022-01-01", "last month", "2021-12-01", "2022-01-01", Month, false),
    ("Troops massed this year.", "2021-12-27", "this year", "2021-01-01", "2022-01-01", Year, false),
    ("Troops will mass next year.", "2021-12-27", "next year", "2022-01-01", "2023-01-01", Year, false),
    ("Troops massed last year.", "2021-12-27", "last year", "2020-01-01", "2021-01-01", Year, false),
    ("Troops will mass next year.", "2019-12-31", "next year", "2020-01-01", "2021-01-01", Year, false),
    ("Troops massed last year.", "2022-01-01", "last year", "2021-01-01", "2022-01-01", Year, false),
    ("Prices fell earlier this month.", "2022-03-15", "earlier this month", "2022-03-01", "2022-03-15", Part, false),
    ("Earlier this month, Russia unveiled the wish list.", "2021-12-27", "Earlier this month", "2021-12-01", "2021-12-27", Part, false),
    ("A reply is due later this month.", "2021-12-22", "later this month", "2021-12-23", "2022-01-01", Part, false),
    ("A reply is due later this year.", "2023-06-30", "later this year", "2023-07-01", "2024-01-01", Part, false),
    ("Prices fell earlier this year.", "2022-03-15", "earlier this year", "2022-01-01", "2022-03-15", Part, false),
    ("Prices fell earlier this week.", "2022-01-20", "earlier this week", "2022-01-17", "2022-01-20", Part, false),
    ("Prices will fall later this week.", "2022-01-18", "later this week", "2022-01-19", "2022-01-24", Part, false),
    ("Talks with NATO will open in January.", "2021-12-27", "January", "2022-01-01", "2022-02-01", Month, false),
    ("Lavrov said Russia would also begin separate talks with NATO in January to discuss the issue.", "2021-12-22", "January", "2022-01-01", "2022-02-01", Month, false),
    ("Talks were held in January.", "2021-12-27", "January", "2021-01-01", "2021-02-01", Month, false),
    ("The firm will report in January.", "2022-03-15", "January", "2023-01-01", "2023-02-01", Month, false),
    ("The firm reported in January.", "2022-03-15", "January", "2022-01-01", "2022-02-01", Month, false),
    ("The firm reports in April.", "2022-03-15", "April", "2022-04-01", "2022-05-01", Month, false),
    ("The shop opened in May.", "2022-03-15", "May", "2021-05-01", "2021-06-01", Month, false),
    ("The shop will open in May.", "2022-03-15", "May", "2022-05-01", "2022-06-01", Month, false),
    ("It rained in March.", "2022-03-15", "March", "2022-03-01", "2022-04-01", Month, false),
    ("Prices rose last January.", "2021-12-27", "last January", "2021-01-01", "2021-02-01", Month, false),
    ("Prices will rise next January.", "2021-12-27", "next January", "2022-01-01", "2022-02-01", Month, false),
    ("Prices rose this January.", "2022-03-15", "this January", "2022-01-01", "2022-02-01", Month, false),
    ("The talks went well in December.", "2022-03-15", "December", "2021-12-01", "2022-01-01", Month, false),
    ("The talks will resume in December.", "2021-12-27", "December", "2021-12-01", "2022-01-01", Month, false),
    ("The talks resumed in February.", "2020-02-29", "February", "2020-02-01", "2020-03-01", Month, false),
    ("The first round of talks is set to take place in January.", "2021-12-23", "January", "2022-01-01", "2022-02-01", Month, false),
    // ---- ago
    ("The fighting began more than seven years ago.", "2021-12-22", "more than seven years ago", "MIN", "2014-12-22", Range, true),
    ("Talks collapsed two weeks ago.", "2022-01-18", "two weeks ago", "2022-01-01", "2022-01-08", Week, true),
    ("Talks collapsed three days ago.", "2022-01-18", "three days ago", "2022-01-15", "2022-01-16", Day, false),
    ("The ban began a year ago.", "2022-01-18", "a year ago", "2020-07-18", "2021-07-18", Year, true),
    ("The ban began 10 years ago.", "2022-03-15", "10 years ago", "2011-09-15", "2012-09-15", Year, true),
    ("The ban began about five years ago.", "2022-03-15", "about five years ago", "2016-09-15", "2017-09-15", Year, true),
    ("The ban began a few days ago.", "2022-01-18", "a few days ago", "2022-01-14", "2022-01-17", Day, true),
    ("The ban began less than a week ago.", "2022-01-18", "less than a week ago", "2022-01-12", "2022-01-19", Range, true),
    ("The ban began two months ago.", "2022-03-15", "two months ago", "2021-12-31", "2022-01-31", Month, true),
    ("The ban began four years ago.", "2024-02-29", "four years ago", "2019-08-29", "2020-08-29", Year, true),
    ("The ban began over two decades ago.", "2022-03-15", "over two decades ago", "MIN", "2002-03-15", Range, true),
    ("The ban began two days ago.", "2020-03-01", "two days ago", "2020-02-28", "2020-02-29", Day, false),
    ("The ban began 5 days ago.", "2022-01-03", "5 days ago", "2021-12-29", "2021-12-30", Day, false),
    ("The ban began a week ago.", "2022-01-18", "a week ago", "2022-01-08", "2022-01-15", Week, true),
    ("The ban began several years ago.", "2022-03-15", "several years ago", "2014-09-15", "2019-09-15", Year, true),
    ("The ban began a couple of weeks ago.", "2022-01-18", "a couple of weeks ago", "2022-01-01", "2022-01-08", Week, true),
    ("The ban began nearly two years ago.", "2022-03-15", "nearly two years ago", "2019-09-15", "2020-09-15", Year, true),
    ("The ban began twenty-five years ago.", "2022-03-15", "twenty-five years ago", "1996-09-15", "1997-09-15", Year, true),
    // ---- since
    ("Kiev has been at war with separatists since 2014.", "2022-01-18", "since 2014", "2014-01-01", "2022-01-19", Range, false),
    ("Prices have risen since January.", "2022-03-15", "since January", "2022-01-01", "2022-03-16", Range, false),
    ("Prices have risen since last week.", "2022-01-18", "since last week", "2022-01-10", "2022-01-19", Range, false),
    ("Prices have risen since March 3.", "2022-03-15", "since March 3", "2022-03-03", "2022-03-16", Range, false),
    ("Prices have risen since December 2021.", "2022-03-15", "since December 2021", "2021-12-01", "2022-03-16", Range, false),
    ("Nobody has slept since yesterday.", "2022-03-15", "since yesterday", "2022-03-14", "2022-03-16", Range, false),
    ("Fighting has continued since the 1990s.", "2022-03-15", "since the 1990s", "1990-01-01", "2022-03-16", Range, false),
    // ---- windows and vague stretches
    ("Talks may resume in the coming days.", "2021-12-22", "coming days", "2021-12-23", "2021-12-30", Vague, true),
    ("Talks may resume in the coming weeks.", "2021-12-22", "coming weeks", "2021-12-23", "2022-02-03", Vague, true),
    ("In recent weeks, more than 100,000 troops have been deployed.", "2022-01-18", "recent weeks", "2021-12-07", "2022-01-19", Vague, true),
    ("Shelling has grown in recent days.", "2022-01-18", "recent days", "2022-01-11", "2022-01-19", Vague, true),
    ("Shelling has grown over the past two weeks.", "2022-01-18", "past two weeks", "2022-01-04", "2022-01-19", Range, false),
    ("Shelling may grow over the next ten days.", "2022-01-18", "next ten days", "2022-01-19", "2022-01-29", Range, false),
    ("Shelling has grown over the past week.", "2022-01-18", "past week", "2022-01-11", "2022-01-19", Range, false),
    ("Prices doubled in the last year.", "2022-03-15", "last year", "2021-03-15", "2022-03-16", Range, false),
    ("Prices may double in the coming months.", "2021-12-22", "coming months", "2021-12-23", "2022-06-23", Vague, true),
    ("A reply is due in two weeks.", "2022-01-18", "in two weeks", "2022-01-29", "2022-02-05", Week, true),
    ("A reply is due in 10 days.", "2022-01-18", "in 10 days", "2022-01-28", "2022-01-29", Day, false),
    ("A reply is due within a month.", "2022-01-18", "within a month", "2022-01-18", "2022-02-19", Range, false),
    ("Shelling has eased over the past few days.", "2022-01-18", "past few days", "2022-01-14", "2022-01-19", Range, false),
    ("Shelling has grown in the past 24 days.", "2022-01-18", "past 24 days", "2021-12-25", "2022-01-19", Range, false),
    ("Prices may rise in the coming week.", "2022-01-18", "coming week", "2022-01-24", "2022-01-31", Week, false),
    // ---- holidays
    ("The talks will take place immediately after the country’s New Year holidays.", "2021-12-27", "immediately after the country’s New Year holidays", "2022-01-02", "2022-01-18", Vague, true),
    ("The talks will begin after the New Year holidays.", "2021-12-22", "after the New Year holidays", "2022-01-02", "2022-02-09", Vague, true),
    ("Fireworks will light up the sky on New Year’s Eve.", "2021-12-27", "New Year’s Eve", "2021-12-31", "2022-01-01", Day, false),
    ("Sales soared at Christmas.", "2021-12-27", "Christmas", "2021-12-25", "2021-12-26", Day, false),
    ("Leaders will meet after Orthodox Christmas.", "2021-12-27", "after Orthodox Christmas", "2022-01-08", "2022-02-07", Vague, true),
    ("Shops closed during the New Year holidays.", "2022-01-18", "New Year holidays", "2022-01-01", "2022-01-10", Vague, true),
    ("Talks will resume shortly after the New Year holidays.", "2022-12-20", "shortly after the New Year holidays", "2023-01-02", "2023-01-18", Vague, true),
    ("Parliament sat on New Year’s Day.", "2022-01-18", "New Year’s Day", "2022-01-01", "2022-01-02", Day, false),
    // ---- weekends
    ("Protests erupted over the weekend.", "2022-01-18", "weekend", "2022-01-15", "2022-01-17", Week, false),
    ("Protests are planned this weekend.", "2022-01-18", "this weekend", "2022-01-22", "2022-01-24", Week, false),
    ("Protests will follow next weekend.", "2022-01-18", "next weekend", "2022-01-29", "2022-01-31", Week, false),
    ("Protests will take place over the weekend.", "2022-01-18", "weekend", "2022-01-22", "2022-01-24", Week, false),
];

fn date(s: &str) -> NaiveDate {
    if s == "MIN" {
        return NaiveDate::MIN;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s:?}: {e}"))
}

fn whole(text: &str) -> Span {
    Span::new(0, text.len())
}

fn show(text: &str, matches: &[TimeMatch]) -> String {
    matches
        .iter()
        .map(|m| format!("{:?} = {:?}", &text[m.span.range()], m.value))
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn table_of_expressions() {
    assert!(TABLE.len() >= 250, "only {} rows", TABLE.len());
    let mut failures = Vec::new();
    for (n, &(sentence, anchor, span, start, end, granularity, approximate)) in
        TABLE.iter().enumerate()
    {
        let found = extract(sentence, whole(sentence), Some(date(anchor)));
        let expected = TimeValue::Resolved {
            start: date(start),
            end: date(end),
            granularity,
            approximate,
        };
        match found.iter().find(|m| &sentence[m.span.range()] == span) {
            None => failures.push(format!(
                "row {n}: {sentence:?} ({anchor}): no match {span:?}; found {}",
                show(sentence, &found)
            )),
            Some(m) if m.value != expected => failures.push(format!(
                "row {n}: {sentence:?} ({anchor}): {span:?} is {:?}, expected {expected:?}",
                m.value
            )),
            Some(_) => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        TABLE.len(),
        failures.join("\n")
    );
}

/// Relative forms with no publication date stay unresolved and say why.
#[test]
fn relative_without_anchor_is_unresolved() {
    let rows: &[(&str, &str)] = &[
        ("Talks will begin next month.", "next month"),
        (
            "Lavrov said on Wednesday that talks would begin.",
            "Wednesday",
        ),
        ("Talks failed last week.", "last week"),
        ("Negotiators will meet early next year.", "early next year"),
        ("Talks with NATO will open in January.", "January"),
        ("Talks will begin on January 12.", "January 12"),
        ("Talks collapsed two weeks ago.", "two weeks ago"),
        ("Kiev has been at war since 2014.", "since 2014"),
        ("Talks may resume in the coming days.", "coming days"),
        (
            "The talks will take place immediately after the New Year holidays.",
            "immediately after the New Year holidays",
        ),
        ("He arrived today.", "today"),
        ("Troops massed this year.", "this year"),
        ("Profits will rise in the first quarter.", "first quarter"),
        ("Prices fell earlier this month.", "earlier this month"),
        (
            "The fighting began more than seven years ago.",
            "more than seven years ago",
        ),
    ];
    for &(sentence, span) in rows {
        let found = extract(sentence, whole(sentence), None);
        let m = found
            .iter()
            .find(|m| &sentence[m.span.range()] == span)
            .unwrap_or_else(|| panic!("{sentence:?}: no {span:?} in {}", show(sentence, &found)));
        assert_eq!(
            m.value,
            TimeValue::Unresolved {
                unresolved: super::resolve::NO_ANCHOR.into()
            },
            "{sentence:?}"
        );
    }
}

/// Absolute forms resolve without a publication date.
#[test]
fn absolute_without_anchor_resolves() {
    let rows: &[(&str, &str, &str, &str)] = &[
        (
            "Talks opened on January 10, 2022.",
            "January 10, 2022",
            "2022-01-10",
            "2022-01-11",
        ),
        (
            "Russia annexed Crimea in 2014.",
            "2014",
            "2014-01-01",
            "2015-01-01",
        ),
        (
            "Talks are expected in early 2022.",
            "early 2022",
            "2022-01-01",
            "2022-05-01",
        ),
        (
            "Prices rose in the 1990s.",
            "1990s",
            "1990-01-01",
            "2000-01-01",
        ),
        (
            "Updated 23.12.2021.",
            "23.12.2021",
            "2021-12-23",
            "2021-12-24",
        ),
        (
            "Sales rose in Q2 2021.",
            "Q2 2021",
            "2021-04-01",
            "2021-07-01",
        ),
    ];
    for &(sentence, span, start, end) in rows {
        let found = extract(sentence, whole(sentence), None);
        let m = found
            .iter()
            .find(|m| &sentence[m.span.range()] == span)
            .unwrap_or_else(|| panic!("{sentence:?}: no {span:?} in {}", show(sentence, &found)));
        match m.value {
            TimeValue::Resolved {
                start: s, end: e, ..
            } => {
                assert_eq!((s, e), (date(start), date(end)), "{sentence:?}");
            }
            ref other => panic!("{sentence:?}: {other:?}"),
        }
    }
}

/// Figures, names and ordinals are not times.
#[test]
fn not_times() {
    let sentences = [
        "The fighting has killed more than 14,000 people.",
        "More than 120 U.S. private military contractors are operating there.",
        "The COVID-19 pandemic hit the region hard.",
        "He came first in the race.",
        "Some 2000 troops arrived at the border.",
        "The 2000 troops arrived at the border.",
        "It costs 1,500 dollars.",
        "She may visit Kyiv soon.",
        "Troops march to the border.",
        "He scored 10 goals on 3 occasions.",
        "The third round of talks ended.",
        "Room 2022 is on the left.",
        "The late president spoke at length.",
        "Later, he left the room.",
        "A week of talks in Geneva ended.",
        "Call 555-1234 now.",
        "The virus was found in 2000 cases.",
        "About 1,000 troops took part in the drill.",
        "A 1.5 million figure was quoted.",
        "Tens of thousands of troops are there.",
        "It was the second such move.",
        "Russia has repeatedly denied it.",
        "Заголовок открываемого материала 2021",
        "Sputnik International, 1920",
        "The new talks began without clarity.",
        "They spoke at the end of talks.",
        "Talks will last two days.",
        "The last time they met was in Geneva.",
        "In the past, Moscow has said a lot.",
        "He served 20 years in prison.",
        "A day later, they met.",
        "The march began at 10 a.m. sharp.",
    ];
    for sentence in sentences {
        let found = extract(sentence, whole(sentence), date("2022-01-18").into());
        assert!(found.is_empty(), "{sentence:?}: {}", show(sentence, &found));
    }
}

/// A weekday written beside a date is reported with its own span.
#[test]
fn weekday_beside_date() {
    let rows: &[(&str, &str, Weekday, &str, &str)] = &[
        (
            "Talks open on Monday, January 10, 2022.",
            "January 10, 2022",
            Weekday::Mon,
            "Monday",
            "2022-01-10",
        ),
        (
            "Talks open on January 10 (Tuesday).",
            "January 10",
            Weekday::Tue,
            "Tuesday",
            "2022-01-10",
        ),
        (
            "Talks open Wednesday, 12 January.",
            "12 January",
            Weekday::Wed,
            "Wednesday",
            "2022-01-12",
        ),
        (
            "Talks open on Monday (January 10).",
            "January 10",
            Weekday::Mon,
            "Monday",
            "2022-01-10",
        ),
        (
            "Talks open on Friday, 10.01.2022.",
            "10.01.2022",
            Weekday::Fri,
            "Friday",
            "2022-01-10",
        ),
    ];
    for &(sentence, span, wd, wd_text, day) in rows {
        let found = extract(sentence, whole(sentence), Some(date("2021-12-27")));
        assert_eq!(found.len(), 1, "{sentence:?}: {}", show(sentence, &found));
        let m = &found[0];
        assert_eq!(&sentence[m.span.range()], span);
        let (got_wd, got_span) = m
            .weekday
            .unwrap_or_else(|| panic!("{sentence:?}: no weekday"));
        assert_eq!((got_wd, &sentence[got_span.range()]), (wd, wd_text));
        assert!(
            matches!(m.value, TimeValue::Resolved { start, .. } if start == date(day)),
            "{sentence:?}: {:?}",
            m.value
        );
    }
    // A bare weekday carries no `weekday` field: it is the date itself.
    let s = "He spoke on Monday.";
    let found = extract(s, whole(s), Some(date("2021-12-27")));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].weekday, None);
}

/// Ambiguous slashed dates: day first by default, month first on request; a part
/// above 12 settles it either way.
#[test]
fn slashed_dates_and_month_first() {
    let s = "Dated 03/04/2022 and 25/04/2022 and 04/25/2022.";
    let us = Options { month_first: true };
    let starts = |options| -> Vec<NaiveDate> {
        extract_with(s, whole(s), None, options)
            .into_iter()
            .filter_map(|m| match m.value {
                TimeValue::Resolved { start, .. } => Some(start),
                TimeValue::Unresolved { .. } => None,
            })
            .collect()
    };
    assert_eq!(
        starts(Options::default()),
        [date("2022-04-03"), date("2022-04-25"), date("2022-04-25")]
    );
    assert_eq!(
        starts(us),
        [date("2022-03-04"), date("2022-04-25"), date("2022-04-25")]
    );
    // Impossible dates are not dates.
    let bad = "Codes 31/02/2022 and 13/13/2022 and February 30.";
    assert!(extract(bad, whole(bad), None).is_empty());
}

/// Event nouns of the same sentence travel with the time; the next sentence's don't.
#[test]
fn event_words_stay_in_their_sentence() {
    let s = "NATO talks will open in January in Brussels. The summit is in June.";
    let found = extract(s, whole(s), Some(date("2021-12-27")));
    assert_eq!(found.len(), 2, "{}", show(s, &found));
    let words =
        |m: &TimeMatch| -> Vec<&str> { m.event_words.iter().map(|e| &s[e.range()]).collect() };
    assert_eq!(words(&found[0]), ["talks"]);
    assert_eq!(words(&found[1]), ["summit"]);
}

/// Spans fall on character boundaries in text with curly quotes and Cyrillic, and
/// respect the body span.
#[test]
fn spans_respect_body_and_char_boundaries() {
    let s = "Заголовок — «on Monday» ‘next week’ … Ещё: “in January”, – December 22, 2021.";
    let found = extract(s, whole(s), Some(date("2021-12-27")));
    let texts: Vec<&str> = found.iter().map(|m| &s[m.span.range()]).collect();
    assert_eq!(
        texts,
        ["Monday", "next week", "January", "December 22, 2021"]
    );
    // Only inside the body.
    let start = s.find("‘").unwrap_or(0);
    let end = s.find("…").unwrap_or(s.len());
    let found = extract(s, Span::new(start, end), Some(date("2021-12-27")));
    let texts: Vec<&str> = found.iter().map(|m| &s[m.span.range()]).collect();
    assert_eq!(texts, ["next week"]);
    // A body span off a char boundary yields nothing rather than panicking.
    assert!(extract(s, Span::new(1, 5), None).is_empty());
}

#[test]
fn detect_published_in_headers() {
    let rows: &[(&str, Option<(&str, &str)>)] = &[
        (
            "Title\n\nBy Staff\nDecember 22, 2021International\nBody text.",
            Some(("2021-12-22", "December 22, 2021")),
        ),
        (
            "Title\nLast Updated: December 27, 2021By\n",
            Some(("2021-12-27", "December 27, 2021")),
        ),
        (
            "- Sputnik International, 1920\nMoscow sights - Sputnik International, 1920, 23.12.2021\n",
            Some(("2021-12-23", "23.12.2021")),
        ),
        (
            "Headline\nPublished 2022-01-18 10:00\n",
            Some(("2022-01-18", "2022-01-18")),
        ),
        (
            "Headline\n18 January 2022\n",
            Some(("2022-01-18", "18 January 2022")),
        ),
        (
            "Headline\nJan. 18, 2022 | Reuters\n",
            Some(("2022-01-18", "Jan. 18, 2022")),
        ),
        (
            "Talks will begin next month\n\nMOSCOW – Talks will open on Wednesday.\n",
            None,
        ),
        ("Headline\nUpdated Monday\n", None),
        ("Headline\nIn January the talks begin.\n", None),
    ];
    for &(text, expected) in rows {
        let got = detect_published(text, whole(text));
        let got = got.map(|(d, span)| (d, &text[span.range()]));
        assert_eq!(got, expected.map(|(d, t)| (date(d), t)), "{text:?}");
    }
    // Only the first 15 lines count.
    let late = format!("{}December 22, 2021\n", "line\n".repeat(15));
    assert_eq!(detect_published(&late, whole(&late)), None);
    // A long caption line with a date is not a dateline.
    let caption = format!("{} on Nov. 30, 2021.\n", "In this photo ".repeat(10));
    assert_eq!(detect_published(&caption, whole(&caption)), None);
}

// ---- the seed articles

const SEED_000: &str = include_str!("../../../seeds/000_861de67a3d0b5135.txt");
const SEED_001: &str = include_str!("../../../seeds/001_d932a825c84dced8.txt");
const SEED_002: &str = include_str!("../../../seeds/002_871e41fac1f90a4e.txt");
const SEED_003: &str = include_str!("../../../seeds/003_cacb0fcdde16e1e9.txt");
const SEED_004: &str = include_str!("../../../seeds/004_745df1fde515d6eb.txt");

/// The resolved value of the `nth` match whose text is `span` (panics when absent).
fn seed_value(text: &str, anchor: &str, span: &str, nth: usize) -> (NaiveDate, NaiveDate) {
    let found = extract(text, whole(text), Some(date(anchor)));
    let m = found
        .iter()
        .filter(|m| &text[m.span.range()] == span)
        .nth(nth)
        .unwrap_or_else(|| panic!("no {span:?} #{nth} in {}", show(text, &found)));
    match m.value {
        TimeValue::Resolved { start, end, .. } => (start, end),
        ref other => panic!("{span:?}: {other:?}"),
    }
}

fn days(start: &str, end: &str) -> (NaiveDate, NaiveDate) {
    (date(start), date(end))
}

#[test]
fn seed_000_talks_next_month_and_in_january() {
    let a = "2021-12-22";
    assert_eq!(
        seed_value(SEED_000, a, "next month", 0),
        days("2022-01-01", "2022-02-01")
    );
    assert_eq!(
        seed_value(SEED_000, a, "January", 0),
        days("2022-01-01", "2022-02-01")
    );
    assert_eq!(
        seed_value(SEED_000, a, "early next year", 0),
        days("2022-01-01", "2022-05-01")
    );
    assert_eq!(
        seed_value(SEED_000, a, "Wednesday", 0),
        days("2021-12-22", "2021-12-23")
    );
    assert_eq!(
        seed_value(SEED_000, a, "Last week", 0),
        days("2021-12-13", "2021-12-20")
    );
    assert_eq!(
        seed_value(SEED_000, a, "2014", 0),
        days("2014-01-01", "2015-01-01")
    );
    assert_eq!(
        seed_value(SEED_000, a, "more than seven years ago", 0),
        (NaiveDate::MIN, date("2014-12-22"))
    );
    // "14,000", "120 contractors" are no times.
    let found = extract(SEED_000, whole(SEED_000), Some(date(a)));
    assert!(
        found
            .iter()
            .all(|m| !SEED_000[m.span.range()].contains("000"))
    );
    assert!(
        found
            .iter()
            .all(|m| !SEED_000[m.span.range()].contains("120"))
    );
}

#[test]
fn seed_001_on_wednesday() {
    let a = "2021-12-22";
    assert_eq!(
        seed_value(SEED_001, a, "Wednesday", 0),
        days("2021-12-22", "2021-12-23")
    );
    assert_eq!(
        seed_value(SEED_001, a, "start of next year", 0),
        days("2022-01-01", "2022-02-01")
    );
    assert_eq!(
        seed_value(SEED_001, a, "Nov. 30, 2021", 0),
        days("2021-11-30", "2021-12-01")
    );
    assert_eq!(
        seed_value(SEED_001, a, "Tuesday", 0),
        days("2021-12-21", "2021-12-22")
    );
}

#[test]
fn seed_002_january_12_and_monday() {
    let a = "2021-12-27";
    assert_eq!(
        seed_value(SEED_002, a, "January 12", 0),
        days("2022-01-12", "2022-01-13")
    );
    assert_eq!(
        seed_value(SEED_002, a, "Monday", 0),
        days("2021-12-27", "2021-12-28")
    );
    assert_eq!(
        seed_value(SEED_002, a, "January 10", 0),
        days("2022-01-10", "2022-01-11")
    );
    assert_eq!(
        seed_value(SEED_002, a, "January", 0),
        days("2022-01-01", "2022-02-01")
    );
    assert_eq!(
        seed_value(SEED_002, a, "Sunday", 0),
        days("2021-12-26", "2021-12-27")
    );
    assert_eq!(
        seed_value(
            SEED_002,
            a,
            "immediately after the country’s New Year holidays",
            0
        ),
        days("2022-01-02", "2022-01-18")
    );
    assert_eq!(
        seed_value(SEED_002, a, "1962", 0),
        days("1962-01-01", "1963-01-01")
    );
}

#[test]
fn seed_003_early_2022_and_january() {
    let a = "2021-12-23";
    assert_eq!(
        seed_value(SEED_003, a, "early 2022", 0),
        days("2022-01-01", "2022-05-01")
    );
    assert_eq!(
        seed_value(SEED_003, a, "January", 0),
        days("2022-01-01", "2022-02-01")
    );
    assert_eq!(
        seed_value(SEED_003, a, "Wednesday", 0),
        days("2021-12-22", "2021-12-23")
    );
}

#[test]
fn seed_004_last_week_and_on_tuesday() {
    let a = "2022-01-18";
    assert_eq!(
        seed_value(SEED_004, a, "last week", 0),
        days("2022-01-10", "2022-01-17")
    );
    assert_eq!(
        seed_value(SEED_004, a, "Tuesday", 0),
        days("2022-01-18", "2022-01-19")
    );
    assert_eq!(
        seed_value(SEED_004, a, "Wednesday", 0),
        days("2022-01-19", "2022-01-20")
    );
    assert_eq!(
        seed_value(SEED_004, a, "Thursday", 0),
        days("2022-01-20", "2022-01-21")
    );
    assert_eq!(
        seed_value(SEED_004, a, "since 2014", 0),
        days("2014-01-01", "2022-01-19")
    );
    assert_eq!(
        seed_value(SEED_004, a, "Monday", 0),
        days("2022-01-17", "2022-01-18")
    );
}

#[test]
fn seed_headers() {
    fn header(text: &str) -> Option<(NaiveDate, &str)> {
        detect_published(text, whole(text)).map(|(d, s)| (d, &text[s.range()]))
    }
    assert_eq!(header(SEED_000), None);
    assert_eq!(
        header(SEED_001),
        Some((date("2021-12-22"), "December 22, 2021"))
    );
    assert_eq!(
        header(SEED_002),
        Some((date("2021-12-27"), "December 27, 2021"))
    );
    assert_eq!(header(SEED_003), Some((date("2021-12-23"), "23.12.2021")));
    assert_eq!(header(SEED_004), None);
}

/// Every seed reads without a publication date too: relative forms unresolved,
/// nothing guessed.
#[test]
fn seeds_without_anchor_guess_nothing() {
    for text in [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004] {
        for m in extract(text, whole(text), None) {
            let t = &text[m.span.range()];
            let has_year = t
                .as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit));
            let absolute = has_year && !t.starts_with("since");
            match m.value {
                TimeValue::Resolved { .. } => assert!(absolute, "{t:?} resolved without anchor"),
                TimeValue::Unresolved { .. } => assert!(!absolute, "{t:?} left unresolved"),
            }
        }
    }
}
