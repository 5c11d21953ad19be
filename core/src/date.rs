//! Calendar dates as the corpus writes them (`2021-05-21`), validated.

use serde::Serialize;
use std::fmt;

/// A valid Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// A date, or a reason why the numbers are not one.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Self, String> {
        if !(1..=12).contains(&month) {
            return Err(format!("month {month} is not between 1 and 12"));
        }
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if day == 0 || day > days {
            return Err(format!("{year:04}-{month:02} has no day {day}"));
        }
        Ok(Self { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(format!("'{text}' is not a date of the form YYYY-MM-DD"));
        };
        let bad = || format!("'{text}' is not a date of the form YYYY-MM-DD");
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        let day = d.parse().map_err(|_| bad())?;
        Self::new(year, month, day)
    }

    /// The month's English name ("April"); empty for a month out of range.
    pub fn month_name(&self) -> &'static str {
        MONTHS.get(usize::from(self.month).wrapping_sub(1)).copied().unwrap_or("")
    }

    /// "2021-05-21", as the corpus and the export write it.
    pub fn iso(&self) -> String {
        let mut out = String::with_capacity(10);
        for (n, width) in [(usize::from(self.year), 4), (self.month.into(), 2), (self.day.into(), 2)] {
            if !out.is_empty() {
                out.push('-');
            }
            let digits = crate::number::digits(n);
            out.extend(std::iter::repeat_n('0', width - digits.len().min(width)));
            out.push_str(&digits);
        }
        out
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let date = Date::parse("2023-04-26").unwrap();
        assert_eq!((date.year, date.month, date.day), (2023, 4, 26));
        assert_eq!(date.to_string(), "2023-04-26");
        assert_eq!(date.month_name(), "April");
        assert_eq!(Date::parse("0999-01-02").unwrap().iso(), "0999-01-02");
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(Date::parse("2023-02-29").is_err());
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2021-13-01").is_err());
        assert!(Date::parse("2021-04-31").is_err());
        assert!(Date::parse("2021-5-1").is_err());
        assert!(Date::parse("yesterday").is_err());
    }
}
