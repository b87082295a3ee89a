//! printf-style `%` formatting of str (Objects/unicodeobject.c `PyUnicode_Format`) and of bytes
//! and bytearray (Objects/bytesobject.c `_PyBytes_FormatEx`): the parser of
//! `%[(key)][flags][width|*][.precision|*][hlL]type`, the layout of each converted argument, and
//! the TypeErrors/ValueErrors CPython 3.13 raises. One implementation serves both, generic over
//! the element type (`u32` code points or `u8` bytes); the differences (`%b`, `%c` in range(256),
//! `%r` as `ascii()`, a few messages) are keyed on [`Unit::BYTES`].
//!
//! The runtime supplies the arguments and the object protocol (`str()`, `repr()`, `__bytes__`,
//! `__index__`, `__float__`, `__getitem__`) through [`PercentHost`]; everything about text lives here.

use super::float_format::{double_to_string, FloatMode};
use super::format_spec::{check_len, TextError, TextResult};
use super::int::Int;
use super::int_format::int_to_base_digits;
use super::str_methods::Unit;

/// The right operand of `fmt % args`.
pub enum PercentArgs<'a, V> {
    /// A tuple: its items are consumed in order.
    Tuple(&'a [V]),
    /// Any other object; `is_mapping` (`PyMapping_Check` and not a str) enables `%(key)s`.
    Single { value: &'a V, is_mapping: bool },
}

/// What the runtime found for a `%c` argument.
pub enum CharArg {
    /// A str, or for bytes formatting a bytes or bytearray (must have length 1).
    Str(Vec<u32>),
    /// An int (must be in range(0x110000), or range(256) for bytes).
    Int(Int),
    /// Anything else.
    Other,
}

/// The object protocol `%` formatting needs. `Err` is the runtime's exception type; `T` is the
/// element type of the result (`u32` for str, `u8` for bytes).
pub trait PercentHost<V, T: Unit = u32> {
    type Err: From<TextError>;
    /// For str: `str(v)` for 's', `repr(v)` for 'r', `ascii(v)` for 'a'. For bytes: the bytes of
    /// `v` (buffer or `__bytes__`) for 's'/'b', raising CPython's TypeError when it has none, and
    /// `ascii(v)` for 'r'/'a'.
    fn text(&mut self, v: &V, conv: u8) -> Result<Vec<T>, Self::Err>;
    /// The int for 'd'/'i'/'u' (`int(v)` when `v` is a number) or for 'o'/'x'/'X' (`v.__index__()`);
    /// `Ok(None)` when `v` has no such conversion (a TypeError is then raised here).
    fn to_int(&mut self, v: &V, conv: u8) -> Result<Option<Int>, Self::Err>;
    /// `float(v)` via `__float__`/`__index__` for 'e'/'f'/'g'; `Ok(None)` when `v` is not a number.
    fn to_float(&mut self, v: &V) -> Result<Option<f64>, Self::Err>;
    /// The argument of `%c`.
    fn to_char(&mut self, v: &V) -> Result<CharArg, Self::Err>;
    /// The value of `*`, or None if `v` is not an int (`PyLong_Check`).
    fn star_int(&mut self, v: &V) -> Result<Option<Int>, Self::Err>;
    /// `mapping[key]`.
    fn getitem(&mut self, mapping: &V, key: &[u32]) -> Result<V, Self::Err>;
    /// `type(v).__name__`.
    fn type_name(&self, v: &V) -> String;
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// Where the next argument comes from (CPython's `arglen`/`argidx` and the keyed value).
struct ArgCursor<'a, V> {
    args: &'a PercentArgs<'a, V>,
    keyed: Option<V>,
    /// For a tuple: the next index. For a single value or keyed value: whether it was used.
    idx: usize,
    used: bool,
}

impl<'a, V> ArgCursor<'a, V> {
    fn next(&mut self) -> TextResult<&V> {
        if let Some(v) = &self.keyed {
            if self.used {
                return Err(TextError::type_error("not enough arguments for format string"));
            }
            self.used = true;
            return Ok(v);
        }
        match self.args {
            PercentArgs::Tuple(items) => {
                let v = items.get(self.idx).ok_or_else(|| TextError::type_error("not enough arguments for format string"))?;
                self.idx += 1;
                Ok(v)
            }
            PercentArgs::Single { value, .. } => {
                if self.used {
                    return Err(TextError::type_error("not enough arguments for format string"));
                }
                self.used = true;
                Ok(value)
            }
        }
    }

    fn all_used(&self) -> bool {
        if self.keyed.is_some() {
            return self.used;
        }
        match self.args {
            PercentArgs::Tuple(items) => self.idx >= items.len(),
            PercentArgs::Single { .. } => self.used,
        }
    }
}

/// The message when arguments are left over.
fn not_all_converted<T: Unit>() -> TextError {
    TextError::type_error(if T::BYTES {
        "not all arguments converted during bytes formatting"
    } else {
        "not all arguments converted during string formatting"
    })
}

/// `%b`'s TypeError, for hosts to raise from [`PercentHost::text`].
pub fn bytes_b_type_error(type_name: &str) -> TextError {
    TextError::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{type_name}'"
    ))
}

/// `fmt % args` for a str (`T = u32`) or bytes (`T = u8`) format.
pub fn percent_format<T: Unit, V, H: PercentHost<V, T>>(fmt: &[T], args: &PercentArgs<'_, V>, host: &mut H) -> Result<Vec<T>, H::Err> {
    let dict = matches!(args, PercentArgs::Single { is_mapping: true, .. });
    let mut cur = ArgCursor { args, keyed: None, idx: 0, used: false };
    let mut out: Vec<T> = Vec::with_capacity(fmt.len() + 16);
    let n = fmt.len();
    let pct = T::from_ascii(b'%');
    let mut pos = 0;
    while pos < n {
        if fmt[pos] != pct {
            let start = pos;
            while pos < n && fmt[pos] != pct {
                pos += 1;
            }
            out.extend_from_slice(&fmt[start..pos]);
            continue;
        }
        pos += 1;
        if pos < n && fmt[pos] == pct {
            out.push(pct);
            pos += 1;
            continue;
        }
        format_one(fmt, &mut pos, &mut cur, host, &mut out)?;
    }
    if !dict && !cur.all_used() {
        return Err(not_all_converted::<T>().into());
    }
    Ok(out)
}

fn format_one<T: Unit, V, H: PercentHost<V, T>>(
    fmt: &[T],
    pos: &mut usize,
    cur: &mut ArgCursor<'_, V>,
    host: &mut H,
    out: &mut Vec<T>,
) -> Result<(), H::Err> {
    let n = fmt.len();
    let incomplete = || TextError::value("incomplete format");
    // The character being examined, CPython's `arg->ch`, and whether the format ran out.
    let mut ch: u32 = if *pos < n { fmt[*pos].into() } else { return Err(incomplete().into()) };
    if ch == '(' as u32 {
        let PercentArgs::Single { value: mapping, is_mapping: true } = cur.args else {
            return Err(TextError::type_error("format requires a mapping").into());
        };
        *pos += 1;
        let keystart = *pos;
        let mut depth = 1;
        while depth > 0 && *pos < n {
            let c: u32 = fmt[*pos].into();
            if c == ')' as u32 {
                depth -= 1;
            } else if c == '(' as u32 {
                depth += 1;
            }
            *pos += 1;
        }
        if depth > 0 {
            return Err(TextError::value("incomplete format key").into());
        }
        let key: Vec<u32> = fmt[keystart..*pos - 1].iter().map(|&c| c.into()).collect();
        let v = host.getitem(mapping, &key)?;
        cur.keyed = Some(v);
        cur.used = false;
        if *pos >= n {
            return Err(incomplete().into());
        }
        ch = fmt[*pos].into();
    }
    let mut flags = 0u8;
    let mut width: i64 = -1;
    let mut prec: i64 = -1;
    // Reads the next character; false when the format is exhausted.
    let advance = |pos: &mut usize, ch: &mut u32| -> bool {
        *pos += 1;
        if *pos < n {
            *ch = fmt[*pos].into();
            true
        } else {
            false
        }
    };
    let mut more = true;
    loop {
        let f = match char::from_u32(ch) {
            Some('-') => F_LJUST,
            Some('+') => F_SIGN,
            Some(' ') => F_BLANK,
            Some('#') => F_ALT,
            Some('0') => F_ZERO,
            _ => break,
        };
        flags |= f;
        if !advance(pos, &mut ch) {
            more = false;
            break;
        }
    }
    if more && ch == '*' as u32 {
        let v = cur.next()?;
        let w = host.star_int(v)?.ok_or_else(|| TextError::type_error("* wants int"))?;
        let w = w.to_i64().ok_or_else(|| TextError::overflow("Python int too large to convert to C ssize_t"))?;
        if w < 0 {
            flags |= F_LJUST;
        }
        width = w.saturating_abs();
        more = advance(pos, &mut ch);
    } else if more && (0x30..=0x39).contains(&ch) {
        width = (ch - 0x30) as i64;
        loop {
            more = advance(pos, &mut ch);
            if !more || !(0x30..=0x39).contains(&ch) {
                break;
            }
            let d = (ch - 0x30) as i64;
            if width > (isize::MAX as i64 - d) / 10 {
                return Err(TextError::value("width too big").into());
            }
            width = width * 10 + d;
        }
    }
    if more && ch == '.' as u32 {
        prec = 0;
        more = advance(pos, &mut ch);
        if more && ch == '*' as u32 {
            let v = cur.next()?;
            let p = host.star_int(v)?.ok_or_else(|| TextError::type_error("* wants int"))?;
            let p = p.to_i64().unwrap_or(i64::MAX);
            if p > i32::MAX as i64 || p < i32::MIN as i64 {
                return Err(TextError::overflow("Python int too large to convert to C int").into());
            }
            prec = p.max(0);
            more = advance(pos, &mut ch);
        } else if more && (0x30..=0x39).contains(&ch) {
            prec = (ch - 0x30) as i64;
            loop {
                more = advance(pos, &mut ch);
                if !more || !(0x30..=0x39).contains(&ch) {
                    break;
                }
                let d = (ch - 0x30) as i64;
                if prec > (i32::MAX as i64 - d) / 10 {
                    return Err(TextError::value(if T::BYTES { "prec too big" } else { "precision too big" }).into());
                }
                prec = prec * 10 + d;
            }
        }
    }
    if more && (ch == 'h' as u32 || ch == 'l' as u32 || ch == 'L' as u32) {
        more = advance(pos, &mut ch);
    }
    if !more {
        return Err(incomplete().into());
    }
    // `ch` is the conversion character at fmt[*pos].
    *pos += 1;
    let conv = ch;
    let v = cur.next()?;
    let mut sign = false;
    let ascii = |s: &str| -> Vec<T> { s.bytes().map(T::from_ascii).collect() };
    let body: Vec<T> = match char::from_u32(conv).unwrap_or('\0') {
        c @ ('s' | 'r' | 'a') => host.text(v, c as u8)?,
        'b' if T::BYTES => host.text(v, b'b')?,
        c @ ('i' | 'd' | 'u' | 'o' | 'x' | 'X') => {
            let Some(i) = host.to_int(v, c as u8)? else {
                let what = if matches!(c, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
                return Err(TextError::type_error(format!("%{c} format: {what} is required, not {}", host.type_name(v))).into());
            };
            sign = true;
            ascii(&format_long(&i, flags & F_ALT != 0, prec, c as u8)?)
        }
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => {
            let Some(x) = host.to_float(v)? else {
                let msg = if T::BYTES { "float argument required, not" } else { "must be real number, not" };
                return Err(TextError::type_error(format!("{msg} {}", host.type_name(v))).into());
            };
            sign = true;
            let p = if prec < 0 { 6 } else { prec as usize };
            check_len(p)?;
            ascii(&double_to_string(x, FloatMode::from_code(c as u8), p, flags & F_ALT != 0, false, false))
        }
        'c' => {
            let max = if T::BYTES { 0xFF } else { 0x10FFFF };
            let c = match host.to_char(v)? {
                CharArg::Str(s) if s.len() == 1 => s[0],
                CharArg::Int(i) => match i.to_i64() {
                    Some(x) if (0..=max).contains(&x) => x as u32,
                    _ if T::BYTES => return Err(TextError::overflow("%c arg not in range(256)").into()),
                    _ => return Err(TextError::overflow("%c arg not in range(0x110000)").into()),
                },
                _ if T::BYTES => return Err(TextError::type_error("%c requires an integer in range(256) or a single byte").into()),
                _ => return Err(TextError::type_error("%c requires int or char").into()),
            };
            vec![T::from_u32(c)]
        }
        _ if T::BYTES && conv >= 128 => {
            // CPython reads the byte as a signed char, and formatting the message then fails.
            return Err(TextError::overflow("character argument not in range(0x110000)").into());
        }
        _ => {
            let printable = T::BYTES || (31..=126).contains(&conv);
            let shown = if printable { char::from_u32(conv).unwrap_or('?') } else { '?' };
            return Err(TextError::value(format!(
                "unsupported format character '{shown}' (0x{conv:x}) at index {}",
                *pos - 1
            ))
            .into());
        }
    };
    check_len(width.max(0) as usize)?;
    output(out, &body, flags, width, prec, sign, conv);
    Ok(())
}

/// `_PyUnicode_FormatLong`: sign, optional `0x`/`0o` prefix (with `#`), at least `prec` digits.
fn format_long(i: &Int, alt: bool, prec: i64, conv: u8) -> TextResult<String> {
    let (base, prefix) = match conv {
        b'o' => (8, "0o"),
        b'x' | b'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = int_to_base_digits(i, base)?;
    check_len(prec.max(0) as usize)?;
    let mut s = String::with_capacity(digits.len() + 4);
    if i.is_negative() {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    if prec > digits.len() as i64 {
        for _ in 0..prec as usize - digits.len() {
            s.push('0');
        }
    }
    s.push_str(&digits);
    if conv == b'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// `unicode_format_arg_output`: truncation, sign, prefix and padding of one converted argument.
fn output<T: Unit>(out: &mut Vec<T>, s: &[T], flags: u8, width: i64, prec: i64, mut sign: bool, conv: u32) {
    let fill = if sign && flags & F_ZERO != 0 { T::from_ascii(b'0') } else { T::from_ascii(b' ') };
    let space = T::from_ascii(b' ');
    let mut len = s.len() as i64;
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && flags & (F_SIGN | F_BLANK) == 0 {
        out.extend_from_slice(s);
        return;
    }
    let textual = matches!(char::from_u32(conv), Some('s' | 'r' | 'a' | 'b'));
    if textual && prec >= 0 && len > prec {
        len = prec;
    }
    let mut p = 0usize;
    let mut signchar = space;
    if sign {
        let c = s[0];
        if c == T::from_ascii(b'-') || c == T::from_ascii(b'+') {
            signchar = c;
            len -= 1;
            p += 1;
        } else if flags & F_SIGN != 0 {
            signchar = T::from_ascii(b'+');
        } else if flags & F_BLANK != 0 {
            signchar = space;
        } else {
            sign = false;
        }
    }
    let mut width = width.max(len);
    if sign {
        if fill != space {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(char::from_u32(conv), Some('x' | 'X' | 'o'));
    if alt_prefix {
        if fill != space {
            out.push(T::from_ascii(b'0'));
            out.push(T::from_u32(conv));
            p += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == space {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push(T::from_ascii(b'0'));
            out.push(T::from_u32(conv));
            p += 2;
        }
    }
    if len > 0 {
        out.extend_from_slice(&s[p..p + len as usize]);
    }
    if width > len {
        out.extend(std::iter::repeat_n(space, (width - len) as usize));
    }
}

/// `int(x)` for a float (truncation), with CPython's errors for nan and infinities.
pub fn float_to_int(x: f64) -> TextResult<Int> {
    if x.is_nan() {
        return Err(TextError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(TextError::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e15 {
        return Ok(Int::from_i64(t as i64));
    }
    let digits = format!("{:.0}", t.abs());
    let mut i = Int::from_str_radix(&digits, 10).expect("at most 309 digits");
    if t < 0.0 {
        i.negate();
    }
    Ok(i)
}

#[cfg(test)]
mod tests;
