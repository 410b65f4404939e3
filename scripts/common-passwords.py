#!/usr/bin/env python3
"""Writes src/Comptoir.Web/Infrastructure/Passwords/common-passwords.txt: the passwords Comptoir refuses
as too common. Written for Comptoir (no list copied): the words people pick (French and English), keyboard
walks, repeated and counted characters, each with the endings people add (years, 123, !). Only entries of
12 characters or more are kept: anything shorter is refused for its length anyway.
Run: python3 scripts/common-passwords.py"""
import itertools, pathlib

words = """
password motdepasse passe secret azerty qwerty qwertz azertyuiop qwertyuiop azertyuiopqsdfghjklm
bonjour bonsoir salut coucou soleil chocolat doudou loulou chouchou bisous jetaime iloveyou amour
monamour moncoeur mamour cheri cherie bebe princesse prince chaton minou minette chat chien
marseille paris lyon toulouse nantes bordeaux lille nice rennes strasbourg montpellier france
olympique psg om allezlom football foot rugby tennis basket pokemon naruto dragon batman superman
spiderman starwars matrix soccer baseball hockey master monkey shadow sunshine letmein welcome
admin administrateur administrator root user utilisateur test testing demo guest invite changeme
comptoir crm vtiger kafinea societe entreprise boutique magasin commercial compta comptable
nicolas julien thomas alexandre maxime antoine camille julie marie sophie lea manon chloe emma
sarah laura pierre paul jacques jean michel philippe francois christophe stephane sebastien
nathalie isabelle sandrine celine aurelie caroline valerie sylvie christine catherine martine
lucas hugo louis gabriel arthur jules raphael adam nathan enzo ines jade louise alice lina
michael jennifer jessica ashley daniel robert charlie jordan hunter thunder ginger pepper
maman papa famille enfant bonheur liberte vacances printemps ete automne hiver noel anniversaire
ordinateur internet windows linux apple google facebook yahoo hotmail orange free sfr bouygues
abc abcd abcdef abcdefgh azerty123 qwerty123 trustno1 dieu jesus marie123 loveme lovely
""".split()

walks = """
123456 1234567 12345678 123456789 1234567890 0123456789 987654321 0987654321 147258369 159753
123123 123321 112233 121212 111222 654321 142536 azertyuiopqsdf qsdfghjklm wxcvbn azertyqsdf
qwertyasdf asdfghjkl zxcvbnm 1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1a2z3e4r a1z2e3r4 zaq12wsx qazwsx
abcdefghijkl abcdefghijklmnop aqwzsxedc azsxdcfv
""".split()

endings = ["", "1", "12", "123", "1234", "12345", "123456", "!", "!!", "1!", "123!", "01", "007", "69", "99",
           "2000", "2010", "2015", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027",
           "@123", "#1", "*"]

out = set()
for base in words + walks:
    for variant in {base, base.capitalize(), base.upper()}:
        for end in endings:
            out.add(variant + end)
        out.add(variant + variant)
for base in words:
    for other in ["123456", "azerty", "qwerty", "motdepasse", "password"]:
        out.add(base + other)
        out.add(other + base)
for ch in "0123456789abcdefghijklmnopqrstuvwxyz!*.":
    for n in range(8, 21):
        out.add(ch * n)
digits = "12345678901234567890"
for n in range(8, 21):
    out.add(digits[:n])
    out.add(digits[:n][::-1])

kept = sorted(p for p in out if len(p) >= 12)
target = pathlib.Path(__file__).resolve().parent.parent / "src/Comptoir.Web/Infrastructure/Passwords/common-passwords.txt"
target.write_text("\n".join(kept) + "\n", encoding="utf-8")
print(len(kept), "passwords written to", target)
