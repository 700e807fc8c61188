#!/usr/bin/env python3
"""Hard cases for DecimalParser, each with the double Python's float() gives for it.

usage: python3 decimal_cases.py OUT [--seed 7]

Writes one case per line: the text, a tab, and float(text)'s IEEE bits in hexadecimal.
Python's float() is correctly rounded (David Gay's algorithm), and independent of the parser
under test. The cases: exact halfway points between neighbouring doubles (all their digits,
and cut to 17–25 digits, and nudged by one unit in the last digit), subnormals and the
smallest normals, 19- and 20-digit mantissas, `%.17g` and numpy's `%.18e` renderings of
doubles of every magnitude, the largest doubles and just past them, numbers that underflow
to zero, Clinger's fast-path boundaries, and long runs of leading and trailing zeros.
"""
import argparse
import random
import struct
from decimal import Decimal, getcontext

getcontext().prec = 1200


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def double(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def random_double(rng, low=-1022, high=1023):
    """A double with a random significand and a binary exponent in [low, high]."""
    significand = rng.getrandbits(52)
    exponent = rng.randint(low, high) + 1023
    return double(exponent << 52 | significand) * rng.choice([1, -1])


def exact(x):
    """The exact decimal expansion of a double, without exponent notation."""
    return format(Decimal(x), "f")


def cases(rng):
    out = []
    # Halfway points between neighbours, exactly and cut; the digits decide the rounding.
    for _ in range(600):
        a = abs(random_double(rng, -1074 + 60, 1000))
        b = double(bits(a) + 1)
        mid = (Decimal(a) + Decimal(b)) / 2
        text = format(mid, "e") if rng.random() < 0.5 else format(mid, "f")
        out.append(text)
        sci = format(mid, "e")
        mantissa, exponent = sci.split("e")
        digits = mantissa.replace(".", "")
        for keep in (17, 18, 19, 20, 21, 25):
            cut = digits[:keep]
            out.append(f"{cut[0]}.{cut[1:]}e{exponent}")
            bumped = str(int(cut) + 1)
            if len(bumped) == len(cut):
                out.append(f"{bumped[0]}.{bumped[1:]}e{exponent}")
    # Halfway points of small, exactly representable integers above 2^53.
    for k in range(200):
        m = 2 ** 53 + 2 * rng.getrandbits(40) + 1
        out.append(str(m))
        out.append(str(m * 10 ** rng.randint(0, 5)))
    # Subnormals and the edge of the normals.
    for _ in range(300):
        x = double(rng.getrandbits(52)) * rng.choice([1, -1])
        out += [repr(x), "%.17g" % x, "%.18e" % x, "%.25e" % x]
    out += ["4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
            "2.225073858507201136057409796709131975934819546351645648e-308", "1e-320", "1e-323", "1e-324",
            "3e-324", "1e-400", "0.0000000000000000000000000000000000000000001", "-0e-10"]
    # 19- and 20-digit mantissas at every exponent.
    for _ in range(1500):
        digits = rng.choice([19, 20])
        m = rng.randint(10 ** (digits - 1), 10 ** digits - 1)
        e = rng.randint(-340, 290)
        sign = rng.choice(["", "-"])
        out.append(f"{sign}{m}e{e}")
        point = rng.randint(1, digits - 1)
        s = str(m)
        out.append(f"{sign}{s[:point]}.{s[point:]}e{e}")
    # %.17g and %.18e of doubles of every magnitude, and of the benchmark's kind of values.
    for _ in range(3000):
        x = random_double(rng)
        out += ["%.17g" % x, "%.18e" % x, repr(x), "%.16e" % x]
    for _ in range(2000):
        x = rng.gauss(0, 1) * 10 ** rng.randint(-3, 6)
        out += ["%.18e" % x, "%.17g" % x, "%.15g" % x]
    # The largest doubles, just past them, and overflow.
    out += ["1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "1.797693134862315807e308", "1.797693134862315808e308", "1e308", "1e309", "-1e309",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999",
            "1e22", "1e23", "9007199254740992", "9007199254740993", "9007199254740994", "9007199254740995",
            "123456789012345678", "1234567890123456789", "12345678901234567890", "0.1", "0.2", "0.3",
            "1e15", "1000000000000000.1", "1.0000000000000001e15", "999999999999999.9", "-1e15"]
    # Leading and trailing zeros around a few digits.
    for _ in range(300):
        core = str(rng.randint(1, 10 ** rng.randint(1, 19)))
        zeros = "0" * rng.randint(1, 40)
        out.append(f"0.{zeros}{core}")
        out.append(f"{core}{zeros}")
        out.append(f"{core}{zeros}e-{rng.randint(0, 80)}")
        out.append(f"{core}.{zeros}")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with open(a.out, "w") as f:
        for text in cases(rng):
            f.write(f"{text}\t{bits(float(text)):016x}\n")


if __name__ == "__main__":
    main()
