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
    Ok(m)
}
