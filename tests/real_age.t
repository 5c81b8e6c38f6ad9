#!/bin/sh
# Debian's age (Go: X25519, ChaCha20-Poly1305, HMAC/HKDF in Go's arm64
# assembly) for arm64 under dragoman against the same version's amd64 build
# (tests/real/twin.sh).  Ciphertexts are random (ephemeral keys, nonces), so
# each case encrypts and decrypts on its own side and prints what must not
# depend on the randomness: plaintext hashes, sizes, the public key derived
# from a fixed test identity, error messages.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
twin_setup age age-keygen
# a fixed identity made for this test (not a secret anywhere)
mk='printf "%s\n" "AGE-SECRET-KEY-1WHYP948D2JGEQZDVDUE3MPYTR83TDWWDXL6XQLYUC774V8Y09QVQHUJZM5" > id; head -c 3000000 /dev/zero | tr "\\0" "x" > big; seq 1 20000 > small'
plan 5
twin_case "$mk; age-keygen -y id; age-keygen -y id | age -R - small > s.age; age -d -i id s.age | sha256sum" \
	"public key from a fixed identity; encrypt to it (-R), decrypt"
twin_case "$mk; age -r \$(age-keygen -y id) big | age -d -i id | sha256sum; age -r \$(age-keygen -y id) -o b.age big; wc -c < b.age" \
	"3 MB through X25519 + ChaCha20-Poly1305 both ways; ciphertext size"
twin_case "$mk; age -a -r \$(age-keygen -y id) small > a.age; head -1 a.age; tail -1 a.age; age -d -i id a.age | sha256sum" \
	"ASCII armor"
twin_case "$mk; age -r \$(age-keygen -y id) small > s.age; printf x | dd of=s.age bs=1 seek=300 conv=notrunc 2>/dev/null; age -d -i id s.age > /dev/null; echo \"exit \$?\"; age -d -i id small; echo \"exit \$?\"; age -r bogus small; echo \"exit \$?\"" \
	"tampered ciphertext, not age input, bad recipient: errors"
twin_case "age-keygen -o k2 2>/dev/null; grep -c AGE-SECRET-KEY k2; age --version" "a new key; --version"
