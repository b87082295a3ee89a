//! The `_random` module (Modules/_randommodule.c): the Mersenne Twister (MT19937) generator
//! behind `random.Random`, seeded as CPython seeds it (`init_by_array` over the 32-bit words of
//! the seed's absolute value, a float seed through its hash), so that a seeded program draws
//! the same numbers as under CPython. The distributions are Python, `py/random.py`.

use super::{module_dict, new_module, split_kw};
use crate::objects::bodies::*;
use crate::objects::int::Int;
use crate::objects::longobject::{self as lo};
use crate::objects::methodargs::{bind, Style};
use crate::objects::object::{alloc, Body, ObjRef};
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::cell::RefCell;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

const N: usize = 624;
const M: usize = 397;

pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        Mt { state: [0; N], index: N + 1 }
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        if self.index >= N {
            if self.index == N + 1 {
                self.init_genrand(5489);
            }
            for k in 0..N {
                let y = (self.state[k] & UPPER) | (self.state[(k + 1) % N] & LOWER);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

pub struct RandomBody {
    mt: RefCell<Mt>,
}
crate::impl_body!(RandomBody, "_random.Random");

fn gen(o: &ObjRef) -> &RefCell<Mt> {
    &o.downcast::<RandomBody>().expect("Random").mt
}

fn random_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    if !kws.is_empty() && ty.is(&vm.t.object) {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if pos.len() > 1 {
        return Err(vm.type_error(&format!("Random() expected at most 1 argument, got {}", pos.len())));
    }
    let o = alloc(ty, RandomBody { mt: RefCell::new(Mt::new()) });
    seed_with(vm, &o, pos.first())?;
    Ok(o)
}

/// The 32-bit words of `|n|`, least significant first (at least one word).
fn words_of(n: &Int) -> Vec<u32> {
    let bytes = n.mag_bytes_le();
    let mut words: Vec<u32> = bytes.chunks(4).map(|c| c.iter().rev().fold(0u32, |acc, b| (acc << 8) | *b as u32)).collect();
    while words.len() > 1 && words.last() == Some(&0) {
        words.pop();
    }
    if words.is_empty() {
        words.push(0);
    }
    words
}

/// `random_seed`: None from the clock and process, an int by its absolute value, any other
/// object by its hash.
fn seed_with(vm: &mut Vm, o: &ObjRef, arg: Option<&ObjRef>) -> PyResult<()> {
    let key = match arg {
        None => None,
        Some(a) if a.is(&vm.none) => None,
        Some(a) => Some(match lo::to_big(a) {
            Some(n) => words_of(&n),
            None => {
                let h = vm.hash(a)?;
                words_of(&Int::from_u64(h as u64))
            }
        }),
    };
    let key = key.unwrap_or_else(|| {
        let mut ts = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        ts ^= (std::process::id() as u128) << 64;
        ts ^= o.addr() as u128;
        vec![ts as u32, (ts >> 32) as u32, (ts >> 64) as u32, (ts >> 96) as u32]
    });
    gen(o).borrow_mut().init_by_array(&key);
    Ok(())
}

fn m_seed(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "seed", &["n"], 0, Style::Positional, a, kw)?;
    seed_with(vm, &a[0], a.get(1))?;
    Ok(vm.none.clone())
}

fn m_random(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "Random.random", &[], 0, Style::NoArgs, a, kw)?;
    let r = gen(&a[0]).borrow_mut().random();
    Ok(vm.float(r))
}

fn m_getrandbits(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "Random.getrandbits", &["k"], 1, Style::One, a, kw)?;
    let k = lo::index(vm, &a[1])?;
    let k = lo::small_int(&k).ok_or_else(|| vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C int"))?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > i32::MAX as i64 {
        return Err(vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C int"));
    }
    let mut mt = gen(&a[0]).borrow_mut();
    if k <= 32 {
        if k == 0 {
            return Ok(vm.int(0));
        }
        let r = mt.next_u32() >> (32 - k);
        return Ok(vm.int(r as i64));
    }
    let mut left = k;
    let mut words = Vec::new();
    while left > 0 {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left -= 32;
    }
    drop(mt);
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    Ok(lo::new_int(vm, Int::from_bytes_le(&bytes)))
}

/// `getstate()`: the 624 words and the index, as a tuple of 625 ints.
fn m_getstate(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "Random.getstate", &[], 0, Style::NoArgs, a, kw)?;
    let mt = gen(&a[0]).borrow();
    let mut items: Vec<ObjRef> = mt.state.iter().map(|w| vm.int(*w as i64)).collect();
    items.push(vm.int(mt.index as i64));
    drop(mt);
    Ok(vm.tuple(items))
}

fn m_setstate(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "Random.setstate", &["state"], 1, Style::One, a, kw)?;
    let Some(t) = a[1].downcast::<TupleBody>() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if t.items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut st = [0u32; N];
    for (i, x) in t.items[..N].iter().enumerate() {
        let v = lo::to_big(x).and_then(|v| v.to_i64()).ok_or_else(|| vm.type_error("state vector items must be integers"))?;
        st[i] = v as u32;
    }
    let idx = lo::small_int(&t.items[N]).unwrap_or(-1);
    if idx < 0 || idx > N as i64 {
        return Err(vm.value_error("invalid state"));
    }
    let mut mt = gen(&a[0]).borrow_mut();
    mt.state = st;
    mt.index = idx as usize;
    drop(mt);
    Ok(vm.none.clone())
}

/// SHA-512 (FIPS 180-4), for `Random.seed` of a str or bytes (version 2), which seeds with
/// `int.from_bytes(a + sha512(a).digest())` as CPython's Lib/random.py does.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u128) * 8;
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for (i, c) in block.chunks(8).enumerate() {
            w[i] = u64::from_be_bytes(c.try_into().unwrap_or([0; 8]));
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(v);
        }
    }
    let mut out = [0u8; 64];
    for (i, v) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&v.to_be_bytes());
    }
    out
}

/// `_sha512(data)`: the digest of a bytes-like object, for random.py's str/bytes seeds.
fn m_sha512(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let Some(data) = a.first().and_then(crate::objects::bytes_type::bytes_of) else {
        return Err(vm.type_error("_sha512() argument must be bytes"));
    };
    Ok(crate::objects::bytes_type::new_bytes(vm, sha512(&data).to_vec()))
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "_random");
    let d = module_dict(&m);
    let (meta, object) = (vm.t.type_.clone(), vm.t.object.clone());
    let ty = crate::vm::new_type(Some(&meta), "_random.Random", RandomBody::layout(), Some(&object), 2512, 0);
    *tp(&ty).qualname.borrow_mut() = "Random".to_string();
    *tp(&ty).module.borrow_mut() = "_random".to_string();
    *tp(&ty).dict.borrow_mut() = Some(vm.new_dict());
    tp(&ty).flags.set((tp(&ty).flags.get() & !tpflags::BASETYPE) | tpflags::SPEC_TYPE);
    tp(&ty).slots.new.set(Some(random_new));
    let methods: &[(&'static str, NativeFn)] =
        &[("getrandbits", m_getrandbits), ("getstate", m_getstate), ("random", m_random), ("seed", m_seed), ("setstate", m_setstate)];
    for (name, f) in methods {
        vm.add_method(&ty, name, *f);
    }
    vm.dict_set_str(&d, "Random", ty);
    super::add_functions(vm, &m, &[("_sha512", m_sha512 as NativeFn)]);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::Mt;

    /// The reference outputs of MT19937 (mt19937ar.c's test: `init_by_array({0x123, 0x234,
    /// 0x345, 0x456})`), and the default seed 5489's first word.
    #[test]
    fn mersenne_twister_reference_outputs() {
        let mut mt = Mt::new();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(first, vec![1067595299, 955945823, 477289528, 4107218783, 4228976476]);
        let mut d = Mt::new();
        assert_eq!(d.next_u32(), 3499211612);
    }

    #[test]
    fn sha512_known_digest() {
        let d = super::sha512(b"abc");
        assert_eq!(d[..4], [0xdd, 0xaf, 0x35, 0xa1]);
        assert_eq!(d[60..], [0xa5, 0x4c, 0xa4, 0x9f]);
    }

    /// CPython's `random.seed(0); random.random()`.
    #[test]
    fn seeded_random_matches_cpython() {
        let mut mt = Mt::new();
        mt.init_by_array(&[0]);
        assert_eq!(mt.random(), 0.8444218515250481);
    }
}
