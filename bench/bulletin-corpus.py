"""Writes N synthetic bulletins (about 20 KB of text each) for the bulletin benchmarks: paragraphs of the texts in
SOURCE shuffled and their short numbers renumbered, so no two files are alike. Usage: bulletin-corpus.py SOURCE OUT N"""
import os
import random
import re
import sys

src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
paras = []
for f in sorted(os.listdir(src)):
    if f.endswith('.txt'):
        paras += [p for p in open(os.path.join(src, f), encoding='utf-8').read().split('\n\n') if p.strip()]
rnd = random.Random(20261202)
total = 0
for i in range(n):
    body, size = [], 0
    while size < 20000:
        p = rnd.choice(paras)
        p = re.sub(r'\d+', lambda m: str(int(m.group()) + rnd.randint(0, 9)) if len(m.group()) < 5 else m.group(), p)
        body.append(p)
        size += len(p.encode('utf-8'))
    text = '\n\n'.join(body) + '\n'
    total += len(text.encode('utf-8'))
    open(os.path.join(out, '%04d.txt' % i), 'w', encoding='utf-8').write(text)
print('%d bulletins, %.1f MB of text' % (n, total / 1e6))
