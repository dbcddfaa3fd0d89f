#!/usr/bin/env python3
"""Independent computation of GB 32100-2015 check characters, used to build CreditCodeTests' expected values.

Run: python3 credit_code_check.py 91350100M000100Y4 ...   (prints each code with its check character)
"""
import sys

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, i, 31) for i in range(17)]


def check(first17: str) -> str:
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    c = 31 - total % 31
    return ALPHABET[0 if c == 31 else c]


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(arg + check(arg))
