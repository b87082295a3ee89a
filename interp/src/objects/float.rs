//! Python's `float` and `complex` reprs (Objects/floatobject.c `float_repr`,
//! Objects/complexobject.c `complex_repr`, Python/pystrtod.c `PyOS_double_to_string` with the
//! 'r' format): the shortest digit string that round-trips, written in fixed notation when the
//! decimal exponent is in -4..16 and in scientific notation (`1e+16`, `1e-05`) otherwise.

/// Shortest round-trip digits and decimal point position: `value = 0.DIGITS * 10**decpt`.
fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest round-trip digits, as David Gay's dtoa mode 0 does.
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (digits, exp + 1)
}

/// `repr(x)` for a float. With `add_dot_0` false (complex parts), integral values print without
/// the `.0` (`1j`, not `1.0j`).
fn format_r(x: f64, add_dot_0: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if x == 0.0 {
        out.push_str(if add_dot_0 { "0.0" } else { "0" });
        return out;
    }
    let (digits, decpt) = shortest_digits(x);
    if decpt <= -4 || decpt > 16 {
        // Scientific: d[.ddd]e±XX, at least two exponent digits.
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push_str(&format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()));
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let d = decpt as usize;
        if digits.len() <= d {
            out.push_str(&digits);
            for _ in digits.len()..d {
                out.push('0');
            }
            if add_dot_0 {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..d]);
            out.push('.');
            out.push_str(&digits[d..]);
        }
    }
    out
}

/// `repr(x)` for a float: `0.1`, `1e+16`, `1e-05`, `inf`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    format_r(x, true)
}

/// `repr(complex(re, im))`: `10.5j` when the real part is +0.0, else `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", format_r(im, false));
    }
    let re_s = format_r(re, false);
    let im_s = format_r(im, false);
    let sign = if im_s.starts_with('-') { "" } else { "+" };
    format!("({re_s}{sign}{im_s}j)")
}

/// Parses the text of a float literal (underscores allowed between digits): `1_0.5`, `.5`, `1e400`.
pub fn parse_float_literal(text: &str) -> Option<f64> {
    if text.contains('_') {
        let cleaned: String = text.chars().filter(|c| *c != '_').collect();
        cleaned.parse().ok()
    } else {
        text.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected strings from CPython 3.13.0 repr().
    #[test]
    fn reprs() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5e300, "1.5e+300"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (123456789.125, "123456789.125"),
            (2.5e-7, "2.5e-07"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (0.3, "0.3"),
            (1.0 / 3.0, "0.3333333333333333"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want);
        }
        assert_eq!(complex_repr(0.0, 10.5), "10.5j");
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(0.0, f64::INFINITY), "infj");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(0.0, 1e16), "1e+16j");
        assert_eq!(parse_float_literal("1_0.5"), Some(10.5));
        assert_eq!(parse_float_literal("1e400"), Some(f64::INFINITY));
    }
}
