//! str methods over code points (Objects/unicodeobject.c and the shared Objects/stringlib/
//! algorithms): searching, splitting, stripping, padding, case mapping and the `is*` predicates,
//! with CPython 3.13's results and error messages.
//!
//! The searching, splitting, stripping and padding functions are generic over the element type so
//! that bytes and bytearray (Objects/bytes_methods.c) share them: `T` is `u32` for str and `u8` for
//! bytes; whitespace is passed in (`Py_UNICODE_ISSPACE` for str, ASCII `Py_ISSPACE` for bytes).
//! Splitting and stripping return index ranges into the input, so the runtime decides when to copy
//! (CPython returns the original object when nothing was split off or stripped).

use std::ops::Range;

use super::format_spec::{check_len, TextError, TextResult};
use super::unicode_db as db;

/// The element of a str (`u32` code point) or of a bytes object (`u8`).
pub trait Unit: Copy + Eq + Into<u32> + 'static {
    /// True for bytes, whose methods differ from str's in a few messages and rules.
    const BYTES: bool;
    fn from_ascii(b: u8) -> Self;
    /// A code point known to fit the element type (below 256 for bytes).
    fn from_u32(c: u32) -> Self;
}

impl Unit for u32 {
    const BYTES: bool = false;
    #[inline]
    fn from_ascii(b: u8) -> u32 {
        b as u32
    }
    #[inline]
    fn from_u32(c: u32) -> u32 {
        c
    }
}

impl Unit for u8 {
    const BYTES: bool = true;
    #[inline]
    fn from_ascii(b: u8) -> u8 {
        b
    }
    #[inline]
    fn from_u32(c: u32) -> u8 {
        c as u8
    }
}

/// `Py_UNICODE_ISSPACE`, with the ASCII range answered without a table lookup.
#[inline]
pub fn is_space_cp(c: u32) -> bool {
    if c < 128 {
        matches!(c, 0x09..=0x0D | 0x1C..=0x20)
    } else {
        db::is_space(c)
    }
}

/// The line boundaries of `str.splitlines` (`Py_UNICODE_ISLINEBREAK`).
#[inline]
pub fn is_linebreak(c: u32) -> bool {
    matches!(c, 0x0A..=0x0D | 0x1C..=0x1E | 0x85 | 0x2028 | 0x2029)
}

/// Clamps slice-style `start`/`end` arguments to `0..=len` (`ADJUST_INDICES`).
pub fn adjust_indices(start: Option<isize>, end: Option<isize>, len: usize) -> (isize, isize) {
    let len = len as isize;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// A 64-bit Bloom filter of the needle's elements (stringlib's `STRINGLIB_BLOOM`).
#[inline]
fn bloom<T: Unit>(c: T) -> u64 {
    1u64 << (c.into() & 63)
}

/// First index of `sub` in `hay`: for needles of two or more, CPython's `default_find`
/// (compare the last element first; on a miss, skip the whole needle when the element after the
/// window is not in the needle's Bloom filter).
#[inline]
pub fn search<T: Unit>(hay: &[T], sub: &[T]) -> Option<usize> {
    let (n, m) = (hay.len(), sub.len());
    match m {
        0 => return Some(0),
        1 => return hay.iter().position(|&c| c == sub[0]),
        _ if m > n => return None,
        _ => {}
    }
    let mlast = m - 1;
    let last = sub[mlast];
    let mut skip = mlast;
    let mut mask = 0u64;
    for (i, &c) in sub[..mlast].iter().enumerate() {
        mask |= bloom(c);
        if c == last {
            skip = mlast - i - 1;
        }
    }
    mask |= bloom(last);
    let w = n - m;
    let mut i = 0;
    while i <= w {
        if hay[i + mlast] == last {
            if hay[i..i + mlast] == sub[..mlast] {
                return Some(i);
            }
            if i + m < n && mask & bloom(hay[i + m]) == 0 {
                i += m;
            } else {
                i += skip;
            }
        } else if i + m < n && mask & bloom(hay[i + m]) == 0 {
            i += m;
        }
        i += 1;
    }
    None
}

/// Last index of `sub` in `hay` (`default_rfind`: the mirror image of [`search`]).
#[inline]
fn rsearch<T: Unit>(hay: &[T], sub: &[T]) -> Option<usize> {
    let (n, m) = (hay.len(), sub.len());
    match m {
        0 => return Some(n),
        1 => return hay.iter().rposition(|&c| c == sub[0]),
        _ if m > n => return None,
        _ => {}
    }
    let first = sub[0];
    let mut skip = m - 1;
    let mut mask = bloom(first);
    for i in (1..m).rev() {
        mask |= bloom(sub[i]);
        if sub[i] == first {
            skip = i - 1;
        }
    }
    let mut i = (n - m) as isize;
    while i >= 0 {
        let iu = i as usize;
        if hay[iu] == first {
            if hay[iu + 1..iu + m] == sub[1..] {
                return Some(iu);
            }
            if iu > 0 && mask & bloom(hay[iu - 1]) == 0 {
                i -= m as isize;
            } else {
                i -= skip as isize;
            }
        } else if iu > 0 && mask & bloom(hay[iu - 1]) == 0 {
            i -= m as isize;
        }
        i -= 1;
    }
    None
}

/// `s.find(sub, start, end)`: the lowest index or -1.
pub fn find<T: Unit>(s: &[T], sub: &[T], start: Option<isize>, end: Option<isize>) -> isize {
    let (start, end) = adjust_indices(start, end, s.len());
    if end - start < sub.len() as isize {
        return -1;
    }
    match search(&s[start as usize..end as usize], sub) {
        Some(i) => start + i as isize,
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: the highest index or -1.
pub fn rfind<T: Unit>(s: &[T], sub: &[T], start: Option<isize>, end: Option<isize>) -> isize {
    let (start, end) = adjust_indices(start, end, s.len());
    if end - start < sub.len() as isize {
        return -1;
    }
    match rsearch(&s[start as usize..end as usize], sub) {
        Some(i) => start + i as isize,
        None => -1,
    }
}

/// `s.index(sub, start, end)`: ValueError "substring not found" when absent.
pub fn index<T: Unit>(s: &[T], sub: &[T], start: Option<isize>, end: Option<isize>) -> TextResult<usize> {
    match find(s, sub, start, end) {
        -1 => Err(TextError::value("substring not found")),
        i => Ok(i as usize),
    }
}

/// `s.rindex(sub, start, end)`.
pub fn rindex<T: Unit>(s: &[T], sub: &[T], start: Option<isize>, end: Option<isize>) -> TextResult<usize> {
    match rfind(s, sub, start, end) {
        -1 => Err(TextError::value("substring not found")),
        i => Ok(i as usize),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count<T: Unit>(s: &[T], sub: &[T], start: Option<isize>, end: Option<isize>) -> usize {
    let (start, end) = adjust_indices(start, end, s.len());
    if end - start < sub.len() as isize {
        return 0;
    }
    let hay = &s[start as usize..end as usize];
    if sub.is_empty() {
        return hay.len() + 1;
    }
    if sub.len() == 1 {
        return hay.iter().filter(|&&c| c == sub[0]).count();
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(k) = search(&hay[i..], sub) {
        n += 1;
        i += k + sub.len();
    }
    n
}

/// `s.startswith(prefix, start, end)` for one prefix (a tuple is tried element by element).
pub fn startswith<T: Unit>(s: &[T], prefix: &[T], start: Option<isize>, end: Option<isize>) -> bool {
    let (start, end) = adjust_indices(start, end, s.len());
    if start > s.len() as isize {
        return false;
    }
    if end - start < prefix.len() as isize {
        return false;
    }
    s[start as usize..start as usize + prefix.len()] == *prefix
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith<T: Unit>(s: &[T], suffix: &[T], start: Option<isize>, end: Option<isize>) -> bool {
    let (start, end) = adjust_indices(start, end, s.len());
    if start > s.len() as isize {
        return false;
    }
    if end - start < suffix.len() as isize {
        return false;
    }
    s[end as usize - suffix.len()..end as usize] == *suffix
}

/// `s.removeprefix(prefix)` as the kept range.
pub fn removeprefix<T: Unit>(s: &[T], prefix: &[T]) -> Range<usize> {
    if s.starts_with(prefix) { prefix.len()..s.len() } else { 0..s.len() }
}

/// `s.removesuffix(suffix)` as the kept range.
pub fn removesuffix<T: Unit>(s: &[T], suffix: &[T]) -> Range<usize> {
    if !suffix.is_empty() && s.ends_with(suffix) { 0..s.len() - suffix.len() } else { 0..s.len() }
}

/// The TypeError of `startswith`/`endswith` with a bad argument: "startswith first arg must be
/// str or a tuple of str, not int" (`kind` is "str" or "bytes").
pub fn affix_type_error(method: &str, kind: &str, type_name: &str) -> TextError {
    TextError::type_error(format!("{method} first arg must be {kind} or a tuple of {kind}, not {type_name}"))
}

/// TypeError of `str + x` for a non-str `x`.
pub fn concat_error(type_name: &str) -> TextError {
    TextError::type_error(format!("can only concatenate str (not \"{type_name}\") to str"))
}

/// TypeError of a `sep`/`chars` argument that is neither str nor None.
pub fn str_or_none_error(type_name: &str) -> TextError {
    TextError::type_error(format!("must be str or None, not {type_name}"))
}

/// Errors of `str.translate` for a bad table value.
pub fn translate_value_type_error() -> TextError {
    TextError::type_error("character mapping must return integer, None or str")
}

/// ValueError of `str.translate` for an int value out of range.
pub fn translate_value_range_error() -> TextError {
    TextError::value("character mapping must be in range(0x110000)")
}

/// The TypeError of `str.join` for a non-str item.
pub fn join_type_error(index: usize, type_name: &str) -> TextError {
    TextError::type_error(format!("sequence item {index}: expected str instance, {type_name} found"))
}

fn maxcount(maxsplit: isize) -> usize {
    if maxsplit < 0 { usize::MAX } else { maxsplit as usize }
}

/// `s.split(sep, maxsplit)` as ranges of `s`; `sep` None splits on runs of whitespace.
pub fn split<T: Unit>(s: &[T], sep: Option<&[T]>, maxsplit: isize, is_space: impl Fn(u32) -> bool) -> TextResult<Vec<Range<usize>>> {
    let mut max = maxcount(maxsplit);
    let mut out = Vec::new();
    let n = s.len();
    match sep {
        None => {
            let mut i = 0;
            while max > 0 {
                while i < n && is_space(s[i].into()) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                let j = i;
                i += 1;
                while i < n && !is_space(s[i].into()) {
                    i += 1;
                }
                out.push(j..i);
                max -= 1;
            }
            if i < n {
                while i < n && is_space(s[i].into()) {
                    i += 1;
                }
                if i != n {
                    out.push(i..n);
                }
            }
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(TextError::value("empty separator"));
            }
            let mut j = 0;
            while max > 0 {
                match search(&s[j..], sep) {
                    Some(k) => {
                        out.push(j..j + k);
                        j += k + sep.len();
                        max -= 1;
                    }
                    None => break,
                }
            }
            out.push(j..n);
        }
    }
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)` as ranges of `s`, in order.
pub fn rsplit<T: Unit>(s: &[T], sep: Option<&[T]>, maxsplit: isize, is_space: impl Fn(u32) -> bool) -> TextResult<Vec<Range<usize>>> {
    let mut max = maxcount(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = s.len() as isize - 1;
            while max > 0 {
                while i >= 0 && is_space(s[i as usize].into()) {
                    i -= 1;
                }
                if i < 0 {
                    break;
                }
                let j = i;
                i -= 1;
                while i >= 0 && !is_space(s[i as usize].into()) {
                    i -= 1;
                }
                out.push((i + 1) as usize..(j + 1) as usize);
                max -= 1;
            }
            if i >= 0 {
                while i >= 0 && is_space(s[i as usize].into()) {
                    i -= 1;
                }
                if i >= 0 {
                    out.push(0..(i + 1) as usize);
                }
            }
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(TextError::value("empty separator"));
            }
            let mut j = s.len();
            while max > 0 {
                match rsearch(&s[..j], sep) {
                    Some(k) => {
                        out.push(k + sep.len()..j);
                        j = k;
                        max -= 1;
                    }
                    None => break,
                }
            }
            out.push(0..j);
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)` as ranges; `is_break` is [`is_linebreak`] for str, `\n`/`\r` for bytes.
pub fn splitlines<T: Unit>(s: &[T], keepends: bool, is_break: impl Fn(u32) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let n = s.len();
    let (mut i, mut j) = (0, 0);
    while i < n {
        while i < n && !is_break(s[i].into()) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if s[i].into() == 0x0D && i + 1 < n && s[i + 1].into() == 0x0A {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(j..eol);
        j = i;
    }
    out
}

/// Which side(s) `strip` works on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StripSide {
    Left,
    Right,
    Both,
}

/// `s.strip(chars)` / `lstrip` / `rstrip` as the kept range; `chars` None strips whitespace.
pub fn strip<T: Unit>(s: &[T], chars: Option<&[T]>, side: StripSide, is_space: impl Fn(u32) -> bool) -> Range<usize> {
    let remove = |c: T| match chars {
        None => is_space(c.into()),
        Some(cs) => cs.contains(&c),
    };
    let mut i = 0;
    let mut j = s.len();
    if side != StripSide::Right {
        while i < j && remove(s[i]) {
            i += 1;
        }
    }
    if side != StripSide::Left {
        while j > i && remove(s[j - 1]) {
            j -= 1;
        }
    }
    i..j
}

/// `s.partition(sep)`: the index of the first `sep`, or None (then the result is `(s, '', '')`).
pub fn partition<T: Unit>(s: &[T], sep: &[T]) -> TextResult<Option<usize>> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(search(s, sep))
}

/// `s.rpartition(sep)`: the index of the last `sep`, or None (then the result is `('', '', s)`).
pub fn rpartition<T: Unit>(s: &[T], sep: &[T]) -> TextResult<Option<usize>> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(rsearch(s, sep))
}

/// `s.replace(old, new, count)`; a negative count replaces all.
pub fn replace<T: Unit>(s: &[T], old: &[T], new: &[T], count: isize) -> TextResult<Vec<T>> {
    let mut max = maxcount(count);
    if new.len() > old.len() {
        // Bound the result before building it.
        let n = if old.is_empty() { (s.len() + 1).min(max) } else { count_nonoverlapping(s, old, max) };
        check_len(s.len().saturating_add(n.saturating_mul(new.len() - old.len())))?;
    }
    let mut out = Vec::with_capacity(s.len());
    if old.is_empty() {
        // `new` goes before every element and at the end, up to `count` times.
        for &c in s {
            if max > 0 {
                out.extend_from_slice(new);
                max -= 1;
            }
            out.push(c);
        }
        if max > 0 {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    let mut j = 0;
    while max > 0 {
        match search(&s[j..], old) {
            Some(k) => {
                out.extend_from_slice(&s[j..j + k]);
                out.extend_from_slice(new);
                j += k + old.len();
                max -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&s[j..]);
    Ok(out)
}

fn count_nonoverlapping<T: Unit>(s: &[T], sub: &[T], max: usize) -> usize {
    let mut n = 0;
    let mut i = 0;
    while n < max {
        match search(&s[i..], sub) {
            Some(k) => {
                n += 1;
                i += k + sub.len();
            }
            None => break,
        }
    }
    n
}

/// `s.expandtabs(tabsize)`: tabs to the next multiple of `tabsize` columns; columns restart after
/// `\n` and `\r`; with `tabsize <= 0` tabs are dropped.
pub fn expandtabs<T: Unit>(s: &[T], tabsize: isize) -> TextResult<Vec<T>> {
    if tabsize > 0 {
        // First pass: the result length, as CPython computes it before allocating.
        let (mut col, mut total) = (0usize, 0usize);
        for &c in s {
            let v: u32 = c.into();
            if v == 0x09 {
                let incr = tabsize as usize - col % tabsize as usize;
                col = col.saturating_add(incr);
                total = total.saturating_add(incr);
            } else {
                col = if v == 0x0A || v == 0x0D { 0 } else { col + 1 };
                total += 1;
            }
        }
        check_len(total)?;
    }
    let mut out = Vec::with_capacity(s.len());
    let mut col: isize = 0;
    for &c in s {
        let v: u32 = c.into();
        if v == 0x09 {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(T::from_ascii(b' '), incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if v == 0x0A || v == 0x0D {
                col = 0;
            }
        }
    }
    Ok(out)
}

fn pad<T: Unit>(s: &[T], left: usize, right: usize, fill: T) -> TextResult<Vec<T>> {
    check_len(left + s.len() + right)?;
    let mut out = Vec::with_capacity(left + s.len() + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `s.center(width, fill)`; CPython puts the odd extra fill on the left when `width` is odd.
pub fn center<T: Unit>(s: &[T], width: isize, fill: T) -> TextResult<Vec<T>> {
    let marg = width - s.len() as isize;
    if marg <= 0 {
        return Ok(s.to_vec());
    }
    let left = marg / 2 + (marg & width & 1);
    pad(s, left as usize, (marg - left) as usize, fill)
}

/// `s.ljust(width, fill)`.
pub fn ljust<T: Unit>(s: &[T], width: isize, fill: T) -> TextResult<Vec<T>> {
    let marg = (width - s.len() as isize).max(0) as usize;
    pad(s, 0, marg, fill)
}

/// `s.rjust(width, fill)`.
pub fn rjust<T: Unit>(s: &[T], width: isize, fill: T) -> TextResult<Vec<T>> {
    let marg = (width - s.len() as isize).max(0) as usize;
    pad(s, marg, 0, fill)
}

/// `s.zfill(width)`: zeros after a leading sign.
pub fn zfill<T: Unit>(s: &[T], width: isize) -> TextResult<Vec<T>> {
    let fill = (width - s.len() as isize).max(0) as usize;
    let mut out = pad(s, fill, 0, T::from_ascii(b'0'))?;
    if fill > 0 && out.len() > fill {
        let c: u32 = out[fill].into();
        if c == '+' as u32 || c == '-' as u32 {
            out[0] = out[fill];
            out[fill] = T::from_ascii(b'0');
        }
    }
    Ok(out)
}

/// The TypeError of center/ljust/rjust when the fill is not one character.
pub fn fill_char_error() -> TextError {
    TextError::type_error("The fill character must be exactly one character long")
}

// ---- Case mapping (str only) ----

fn is_ascii_str(s: &[u32]) -> bool {
    s.iter().all(|&c| c < 128)
}

/// `handle_capital_sigma`: Σ at `i` lowers to final ς when a cased letter precedes it and none
/// follows it (case-ignorable characters are skipped in both directions).
fn lower_sigma(s: &[u32], i: usize) -> u32 {
    let mut j = i;
    let mut final_sigma = false;
    while j > 0 {
        j -= 1;
        let c = s[j];
        if !db::is_case_ignorable(c) {
            final_sigma = db::is_cased(c);
            break;
        }
    }
    if final_sigma {
        let mut k = i + 1;
        while k < s.len() && db::is_case_ignorable(s[k]) {
            k += 1;
        }
        final_sigma = k == s.len() || !db::is_cased(s[k]);
    }
    if final_sigma { 0x3C2 } else { 0x3C3 }
}

/// Lower-cases `s[i]` into `out`, with the final-sigma rule (`lower_ucs4`).
fn push_lower(out: &mut Vec<u32>, s: &[u32], i: usize) {
    let c = s[i];
    if c == 0x3A3 {
        out.push(lower_sigma(s, i));
    } else {
        out.extend_from_slice(db::to_lower_full(c).as_slice());
    }
}

/// `s.lower()`.
pub fn lower(s: &[u32]) -> Vec<u32> {
    if is_ascii_str(s) {
        return s.iter().map(|&c| (c as u8).to_ascii_lowercase() as u32).collect();
    }
    let mut out = Vec::with_capacity(s.len());
    for i in 0..s.len() {
        push_lower(&mut out, s, i);
    }
    out
}

/// `s.upper()`: `ß` → `SS`.
pub fn upper(s: &[u32]) -> Vec<u32> {
    if is_ascii_str(s) {
        return s.iter().map(|&c| (c as u8).to_ascii_uppercase() as u32).collect();
    }
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        out.extend_from_slice(db::to_upper_full(c).as_slice());
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &[u32]) -> Vec<u32> {
    if is_ascii_str(s) {
        return lower(s);
    }
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        out.extend_from_slice(db::to_folded_full(c).as_slice());
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for (i, &c) in s.iter().enumerate() {
        if db::is_upper(c) {
            push_lower(&mut out, s, i);
        } else if db::is_lower(c) {
            out.extend_from_slice(db::to_upper_full(c).as_slice());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: title case after an uncased character, lower case after a cased one.
pub fn title(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in s.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, s, i);
        } else {
            out.extend_from_slice(db::to_title_full(c).as_slice());
        }
        prev_cased = db::is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character in title case, the rest lower-cased.
pub fn capitalize(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    if let Some(&c) = s.first() {
        out.extend_from_slice(db::to_title_full(c).as_slice());
        for i in 1..s.len() {
            push_lower(&mut out, s, i);
        }
    }
    out
}

// ---- Predicates (str only) ----

fn all_nonempty(s: &[u32], p: impl Fn(u32) -> bool) -> bool {
    !s.is_empty() && s.iter().all(|&c| p(c))
}

pub fn isalpha(s: &[u32]) -> bool {
    all_nonempty(s, |c| if c < 128 { (c as u8).is_ascii_alphabetic() } else { db::is_alpha(c) })
}
pub fn isalnum(s: &[u32]) -> bool {
    all_nonempty(s, |c| if c < 128 { (c as u8).is_ascii_alphanumeric() } else { db::is_alnum(c) })
}
pub fn isdecimal(s: &[u32]) -> bool {
    all_nonempty(s, db::is_decimal)
}
pub fn isdigit(s: &[u32]) -> bool {
    all_nonempty(s, db::is_digit)
}
pub fn isnumeric(s: &[u32]) -> bool {
    all_nonempty(s, db::is_numeric)
}
pub fn isspace(s: &[u32]) -> bool {
    all_nonempty(s, is_space_cp)
}
pub fn isascii(s: &[u32]) -> bool {
    is_ascii_str(s)
}
pub fn isprintable(s: &[u32]) -> bool {
    s.iter().all(|&c| db::is_printable(c))
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue.
pub fn isidentifier(s: &[u32]) -> bool {
    match s.split_first() {
        None => false,
        Some((&first, rest)) => (db::is_xid_start(first) || first == '_' as u32) && rest.iter().all(|&c| db::is_xid_continue(c)),
    }
}

/// `s.islower()`: some cased character and no upper or title case one.
pub fn islower(s: &[u32]) -> bool {
    let mut cased = false;
    for &c in s {
        if db::is_upper(c) || db::is_title(c) {
            return false;
        }
        cased |= db::is_lower(c);
    }
    cased
}

/// `s.isupper()`.
pub fn isupper(s: &[u32]) -> bool {
    let mut cased = false;
    for &c in s {
        if db::is_lower(c) || db::is_title(c) {
            return false;
        }
        cased |= db::is_upper(c);
    }
    cased
}

/// `s.istitle()`: upper/title case only after uncased characters, lower case only after cased.
pub fn istitle(s: &[u32]) -> bool {
    if s.len() == 1 {
        return db::is_title(s[0]) || db::is_upper(s[0]);
    }
    let mut cased = false;
    let mut prev_cased = false;
    for &c in s {
        if db::is_upper(c) || db::is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if db::is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `ascii(obj)` from `repr(obj)`: non-ASCII characters become `\xhh`, `\uhhhh` or `\Uhhhhhhhh`
/// (the "backslashreplace" error handler of `PyObject_ASCII`).
pub fn ascii_of_repr(repr: &[u32]) -> String {
    let mut out = String::with_capacity(repr.len());
    for &c in repr {
        match c {
            0..=0x7F => out.push(c as u8 as char),
            0x80..=0xFF => out.push_str(&format!("\\x{c:02x}")),
            0x100..=0xFFFF => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    out
}

// ---- translate / maketrans ----

/// What a translation table says about one code point.
pub enum Translation<'a> {
    /// Not in the table (or mapped to itself): keep it.
    Keep,
    /// Mapped to None: drop it.
    Delete,
    /// Mapped to an int or a str.
    Replace(&'a [u32]),
}

/// `s.translate(table)`, with the table lookup supplied by the runtime (it may raise).
pub fn translate<'a, E>(s: &[u32], mut lookup: impl FnMut(u32) -> Result<Translation<'a>, E>) -> Result<Vec<u32>, E> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        match lookup(c)? {
            Translation::Keep => out.push(c),
            Translation::Delete => {}
            Translation::Replace(r) => out.extend_from_slice(r),
        }
    }
    Ok(out)
}

/// `str.maketrans(x, y[, z])` with str arguments: pairs (code point, replacement or None).
pub fn maketrans(x: &[u32], y: &[u32], z: Option<&[u32]>) -> TextResult<Vec<(u32, Option<u32>)>> {
    if x.len() != y.len() {
        return Err(TextError::value("the first two maketrans arguments must have equal length"));
    }
    let mut out: Vec<(u32, Option<u32>)> = Vec::with_capacity(x.len() + z.map_or(0, |z| z.len()));
    for (&a, &b) in x.iter().zip(y) {
        out.push((a, Some(b)));
    }
    if let Some(z) = z {
        for &c in z {
            out.push((c, None));
        }
    }
    Ok(out)
}

/// Messages of `str.maketrans` argument errors, as CPython words them.
pub mod maketrans_errors {
    pub const ONE_ARG_NOT_DICT: &str = "if you give only one argument to maketrans it must be a dict";
    pub const KEY_LEN: &str = "string keys in translate table must be of length 1";
    pub const KEY_TYPE: &str = "keys in translate table must be strings or integers";
}

#[cfg(test)]
pub(crate) mod tests;
