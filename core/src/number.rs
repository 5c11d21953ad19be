//! Whole numbers written as text, without the standard formatter: the
//! browser build writes every number it shows this way, so [`core::fmt`]'s
//! integer and padding machinery stays out of the WebAssembly (only the
//! panic message path keeps a little of it).

/// Appends the decimal digits of `n` to `out`.
pub fn push_digits(out: &mut String, n: usize) {
    let mut buffer = [0u8; 20];
    let mut at = buffer.len();
    let mut rest = n;
    loop {
        at -= 1;
        buffer[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &digit in &buffer[at..] {
        out.push(char::from(digit));
    }
}

/// The decimal digits of `n`: 2023.
pub fn digits(n: usize) -> String {
    let mut out = String::with_capacity(4);
    push_digits(&mut out, n);
    out
}

/// A whole number with thousands grouped by commas, as both English and
/// Korean write them: 10,015.
pub fn grouped(n: usize) -> String {
    let plain = digits(n);
    let mut out = String::with_capacity(plain.len() + plain.len() / 3);
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && (plain.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn digits_agree_with_the_standard_formatter(n: usize) {
            proptest::prop_assert_eq!(digits(n), n.to_string());
            proptest::prop_assert_eq!(grouped(n).replace(',', ""), n.to_string());
        }
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(10_015), "10,015");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }
}
