//! "No input may crash pyref": every text entry point is fed deterministic pseudo-random input
//! built from the characters that matter to its parser, and must return (Ok or a Python error).

use crate::objects::format_spec::{format_complex, format_float, format_int, format_str, TextError};
use crate::objects::int::Int;
use crate::objects::{bytes_methods as bm, float_format as ff, format_string, int_format, percent_format as pf, str_methods as sm};

/// xorshift64*: a small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn text(&mut self, alphabet: &[&str], max_len: usize) -> Vec<u32> {
        let n = self.below(max_len + 1);
        let mut out = Vec::new();
        for _ in 0..n {
            out.extend(alphabet[self.below(alphabet.len())].chars().map(|c| c as u32));
        }
        out
    }
}

const SPEC: &[&str] = &[
    "<", ">", "=", "^", "+", "-", " ", "z", "#", "0", "1", "9", "99999999999", ",", "_", ".", "e", "E", "f", "g", "G",
    "%", "n", "x", "X", "o", "b", "c", "d", "s", "{", "}", "é", "\u{661}", "\u{10FFFF}", "\u{0}",
];
const NUM: &[&str] = &[
    "0", "1", "9", "_", ".", "e", "E", "+", "-", " ", "x", "X", "o", "b", "p", "j", "J", "(", ")", "inf", "nan", "a", "f",
    "\u{661}", "\u{3000}", "é", "\t", "99999999999999999999",
];
const TEXT: &[&str] = &["a", "b", " ", "\t", "\n", "\r", "Σ", "ß", "İ", "'", "%", "(", ")", "*", "{", "}", "!", ":", "[", "]", ".", "0", "5", "s", "r", "d"];

struct Host;

impl pf::PercentHost<i64> for Host {
    type Err = TextError;
    fn text(&mut self, v: &i64, _conv: u8) -> Result<Vec<u32>, TextError> {
        Ok(v.to_string().chars().map(|c| c as u32).collect())
    }
    fn to_int(&mut self, v: &i64, _conv: u8) -> Result<Option<Int>, TextError> {
        Ok(Some(Int::from_i64(*v)))
    }
    fn to_float(&mut self, v: &i64) -> Result<Option<f64>, TextError> {
        Ok(Some(*v as f64 * 1.37e15))
    }
    fn to_char(&mut self, v: &i64) -> Result<pf::CharArg, TextError> {
        Ok(pf::CharArg::Int(Int::from_i64(*v)))
    }
    fn star_int(&mut self, v: &i64) -> Result<Option<Int>, TextError> {
        Ok(Some(Int::from_i64(*v)))
    }
    fn getitem(&mut self, _m: &i64, key: &[u32]) -> Result<i64, TextError> {
        Ok(key.len() as i64 * 1_000_000_007)
    }
    fn type_name(&self, _v: &i64) -> String {
        "int".into()
    }
}

impl format_string::FormatHost for Host {
    type Obj = i64;
    type Err = TextError;
    fn positional(&mut self, i: usize) -> Result<Option<i64>, TextError> {
        Ok((i < 3).then_some(i as i64 * 31 - 40))
    }
    fn keyword(&mut self, name: &[u32]) -> Result<i64, TextError> {
        Ok(name.len() as i64)
    }
    fn getattr(&mut self, o: &i64, _name: &[u32]) -> Result<i64, TextError> {
        Ok(*o + 1)
    }
    fn getitem_int(&mut self, o: &i64, i: usize) -> Result<i64, TextError> {
        Ok(o.wrapping_add(i as i64))
    }
    fn getitem_str(&mut self, o: &i64, _key: &[u32]) -> Result<i64, TextError> {
        Ok(-*o)
    }
    fn convert(&mut self, o: i64, _conv: u8) -> Result<i64, TextError> {
        Ok(o)
    }
    fn format(&mut self, o: &i64, spec: &[u32]) -> Result<Vec<u32>, TextError> {
        Ok(format_int(&Int::from_i64(*o), spec, "int")?.chars().map(|c| c as u32).collect())
    }
}

#[test]
fn no_input_panics() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let floats = [0.0, -0.0, 1.5, -2.5e-310, 1e308, f64::INFINITY, f64::NAN, 123456.789, 5e-324];
    for _ in 0..20_000 {
        let spec = r.text(SPEC, 8);
        let _ = format_int(&Int::from_i64(r.next() as i64 >> r.below(64)), &spec, "int");
        let x = floats[r.below(floats.len())];
        let _ = format_float(x, &spec);
        let _ = format_complex(x, -x, &spec);
        let _ = format_str(&r.text(TEXT, 6), &spec);

        let num = r.text(NUM, 8);
        let _ = ff::float_from_str(&num);
        let _ = ff::complex_from_str(&num);
        let _ = int_format::int_from_str(&num, [0, 2, 8, 10, 16, 36, 1, 37][r.below(8)]);
        let s: String = num.iter().filter_map(|&c| char::from_u32(c)).collect();
        let _ = ff::float_fromhex(&s);
        let _ = ff::float_round(x, r.below(800) as i64 - 400);
        let _ = bm::fromhex(&num);

        let fmt = r.text(TEXT, 10);
        let args = [r.below(300) as i64 - 20, -7, 1 << 40];
        let _ = pf::percent_format(&fmt, &pf::PercentArgs::Tuple(&args[..r.below(4)]), &mut Host);
        let _ = pf::percent_format(&fmt, &pf::PercentArgs::Single { value: &args[0], is_mapping: r.below(2) == 0 }, &mut Host);
        let _ = format_string::format(&fmt, r.below(2) == 0, &mut Host);

        let s = r.text(TEXT, 12);
        let sub = r.text(TEXT, 2);
        let (a, b) = (Some(r.below(30) as isize - 15), Some(r.below(30) as isize - 15));
        let _ = sm::find(&s, &sub, a, b) + sm::rfind(&s, &sub, a, b);
        let _ = sm::count(&s, &sub, a, b);
        let _ = sm::startswith(&s, &sub, a, b) || sm::endswith(&s, &sub, b, a);
        let _ = sm::split(&s, Some(&sub), r.below(5) as isize - 1, sm::is_space_cp);
        let _ = sm::rsplit(&s, Some(&sub), r.below(5) as isize - 1, sm::is_space_cp);
        let _ = sm::replace(&s, &sub, &s, r.below(5) as isize - 1);
        let _ = sm::center(&s, r.below(40) as isize - 5, 0x2A);
        let _ = sm::zfill(&s, r.below(40) as isize - 5);
        let _ = sm::expandtabs(&s, r.below(12) as isize - 3);
        let _ = (sm::title(&s), sm::capitalize(&s), sm::swapcase(&s), sm::casefold(&s), sm::istitle(&s));
        let bytes: Vec<u8> = s.iter().map(|&c| c as u8).collect();
        let _ = bm::hex(&bytes, Some(b':'), r.below(9) as isize - 4);
        let _ = pf::percent_format(&bytes, &pf::PercentArgs::Tuple(&args[..r.below(4)]), &mut BytesHost);
    }
}

struct BytesHost;

impl pf::PercentHost<i64, u8> for BytesHost {
    type Err = TextError;
    fn text(&mut self, v: &i64, _conv: u8) -> Result<Vec<u8>, TextError> {
        Ok(v.to_string().into_bytes())
    }
    fn to_int(&mut self, v: &i64, _conv: u8) -> Result<Option<Int>, TextError> {
        Ok(Some(Int::from_i64(*v)))
    }
    fn to_float(&mut self, _v: &i64) -> Result<Option<f64>, TextError> {
        Ok(None)
    }
    fn to_char(&mut self, v: &i64) -> Result<pf::CharArg, TextError> {
        Ok(pf::CharArg::Int(Int::from_i64(*v)))
    }
    fn star_int(&mut self, v: &i64) -> Result<Option<Int>, TextError> {
        Ok(Some(Int::from_i64(*v)))
    }
    fn getitem(&mut self, _m: &i64, _key: &[u32]) -> Result<i64, TextError> {
        Ok(3)
    }
    fn type_name(&self, _v: &i64) -> String {
        "int".into()
    }
}
