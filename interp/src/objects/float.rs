//! Python's `float` and `complex` reprs (Objects/floatobject.c `float_repr`,
//! Objects/complexobject.c `complex_repr`, Python/pystrtod.c `PyOS_double_to_string` with the
//! 'r' format): the shortest digit string that round-trips, written in fixed notation when the
//! decimal exponent is in -4..16 and in scientific notation (`1e+16`, `1e-05`) otherwise.

/// `repr(x)` for a float: `0.1`, `1e+16`, `1e-05`, `inf`, `-0.0` (one implementation, in
/// [`float_format`](super::float_format), correctly rounded on ties as CPython's dtoa).
pub fn float_repr(x: f64) -> String {
    super::float_format::float_str(x)
}

/// `repr(complex(re, im))`: `10.5j` when the real part is +0.0, else `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    super::float_format::complex_repr(re, im)
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
            // A tie between two shortest candidates: CPython's dtoa rounds half to even.
            (-99019021501023.625, "-99019021501023.62"),
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
