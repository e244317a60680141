// Whether bytes are valid UTF-8, sixteen at a time. Every map file and essay text is checked
// once as it is read; a byte-at-a-time check took a fifth of the parse.
//
// Each byte is judged with the byte before it: three 16-entry tables, looked up by the high
// nibble of the byte before, the low nibble of the byte before and the high nibble of the
// byte itself, each give a set of the errors that nibble can take part in. A pair is bad when
// one error is in all three sets. Errors a pair cannot show (a lead byte whose third or fourth
// byte is missing or one continuation too many) are caught by asking, for each byte, whether
// the byte two or three back starts a sequence that long.
#include "CByteScan.h"
#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>

// The error bits. A pair of bytes (before, this) is an error of a kind when its bit is in all
// three tables' entries.
enum {
    SHORT = 1 << 0,       // a lead byte not followed by a continuation byte
    LONG = 1 << 1,        // an ASCII byte followed by a continuation byte
    OVERLONG_3 = 1 << 2,  // E0 then 80–9F: a three-byte form of a scalar below U+0800
    TOO_LARGE = 1 << 3,   // F4 then 90–BF, or F5–FF then 90–BF: above U+10FFFF
    SURROGATE = 1 << 4,   // ED then A0–BF: U+D800–DFFF
    OVERLONG_2 = 1 << 5,  // C0 or C1 then a continuation byte
    LEAD_80 = 1 << 6,     // F0 then 80–8F (overlong), or F5–FF then 80–8F (too large)
    TWO_CONTINUATIONS = 1 << 7,  // allowed only where the byte two or three back asks for it
};
// Every low nibble of the byte before can end these pairs.
#define ANY_LOW (SHORT | LONG | TWO_CONTINUATIONS)

// By the high nibble of the byte before.
static const int8_t beforeHigh[16] = {
    LONG, LONG, LONG, LONG, LONG, LONG, LONG, LONG,  // ASCII
    TWO_CONTINUATIONS, TWO_CONTINUATIONS, TWO_CONTINUATIONS, TWO_CONTINUATIONS,  // 80–BF
    SHORT | OVERLONG_2,                     // C0–CF
    SHORT,                                  // D0–DF
    SHORT | OVERLONG_3 | SURROGATE,         // E0–EF
    SHORT | TOO_LARGE | LEAD_80,            // F0–FF
};
// By the low nibble of the byte before.
static const int8_t beforeLow[16] = {
    ANY_LOW | OVERLONG_3 | OVERLONG_2 | LEAD_80,  // x0
    ANY_LOW | OVERLONG_2,                         // x1
    ANY_LOW, ANY_LOW,                             // x2, x3
    ANY_LOW | TOO_LARGE,                          // x4
    ANY_LOW | TOO_LARGE | LEAD_80, ANY_LOW | TOO_LARGE | LEAD_80, ANY_LOW | TOO_LARGE | LEAD_80,  // x5–x7
    ANY_LOW | TOO_LARGE | LEAD_80, ANY_LOW | TOO_LARGE | LEAD_80, ANY_LOW | TOO_LARGE | LEAD_80,  // x8–xA
    ANY_LOW | TOO_LARGE | LEAD_80, ANY_LOW | TOO_LARGE | LEAD_80,                                 // xB, xC
    ANY_LOW | TOO_LARGE | LEAD_80 | SURROGATE,                                                    // xD
    ANY_LOW | TOO_LARGE | LEAD_80, ANY_LOW | TOO_LARGE | LEAD_80,                                 // xE, xF
};
// By the high nibble of the byte itself.
static const int8_t thisHigh[16] = {
    SHORT, SHORT, SHORT, SHORT, SHORT, SHORT, SHORT, SHORT,  // ASCII
    LONG | OVERLONG_2 | TWO_CONTINUATIONS | OVERLONG_3 | LEAD_80,    // 80–8F
    LONG | OVERLONG_2 | TWO_CONTINUATIONS | OVERLONG_3 | TOO_LARGE,  // 90–9F
    LONG | OVERLONG_2 | TWO_CONTINUATIONS | SURROGATE | TOO_LARGE,   // A0–AF
    LONG | OVERLONG_2 | TWO_CONTINUATIONS | SURROGATE | TOO_LARGE,   // B0–BF
    SHORT, SHORT, SHORT, SHORT,  // C0–FF
};

// The errors of one block, given the block before it (for the pairs across the edge).
__attribute__((target("ssse3")))
static inline __m128i blockErrors(__m128i block, __m128i before) {
    const __m128i nibble = _mm_set1_epi8(0x0F);
    const __m128i before1 = _mm_alignr_epi8(block, before, 15);
    const __m128i byBeforeHigh = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)beforeHigh),
                                                  _mm_and_si128(_mm_srli_epi16(before1, 4), nibble));
    const __m128i byBeforeLow = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)beforeLow),
                                                 _mm_and_si128(before1, nibble));
    const __m128i byThisHigh = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)thisHigh),
                                                _mm_and_si128(_mm_srli_epi16(block, 4), nibble));
    const __m128i pairs = _mm_and_si128(_mm_and_si128(byBeforeHigh, byBeforeLow), byThisHigh);
    // A continuation byte after a continuation byte is right exactly where the byte two back
    // is E0 or above or the byte three back F0 or above: then bit 7 of `wanted` is set.
    const __m128i before2 = _mm_alignr_epi8(block, before, 14);
    const __m128i before3 = _mm_alignr_epi8(block, before, 13);
    const __m128i third = _mm_subs_epu8(before2, _mm_set1_epi8((char)(0xE0 - 0x80)));
    const __m128i fourth = _mm_subs_epu8(before3, _mm_set1_epi8((char)(0xF0 - 0x80)));
    const __m128i wanted = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8((char)0x80));
    return _mm_xor_si128(pairs, wanted);
}

__attribute__((target("ssse3")))
static int validSSSE3(const uint8_t *bytes, size_t count) {
    __m128i errors = _mm_setzero_si128();
    __m128i before = _mm_setzero_si128();
    size_t k = 0;
    for (; k + 16 <= count; k += 16) {
        const __m128i block = _mm_loadu_si128((const __m128i *)(bytes + k));
        // A block of ASCII after a block that ends no sequence has nothing to check.
        if (_mm_movemask_epi8(_mm_or_si128(block, before)) == 0) {
            before = block;
            continue;
        }
        errors = _mm_or_si128(errors, blockErrors(block, before));
        before = block;
    }
    // The rest, padded with zeros, which are ASCII: a sequence cut short by the end of the
    // bytes shows as a lead byte not followed by its continuation bytes. There is always such a
    // block, so the last full block's sequences are checked against what follows them.
    uint8_t tail[16] = {0};
    memcpy(tail, bytes + k, count - k);
    errors = _mm_or_si128(errors, blockErrors(_mm_loadu_si128((const __m128i *)tail), before));
    return _mm_movemask_epi8(_mm_cmpeq_epi8(errors, _mm_setzero_si128())) == 0xFFFF;
}

int debatemap_utf8_valid(const uint8_t *bytes, size_t count) {
    // The compiler's record of the processor, read once at start-up.
    return __builtin_cpu_supports("ssse3") ? validSSSE3(bytes, count) : debatemap_utf8_valid_bytewise(bytes, count);
}

#else

int debatemap_utf8_valid(const uint8_t *bytes, size_t count) {
    return debatemap_utf8_valid_bytewise(bytes, count);
}

#endif

// One byte at a time: where there are no vector instructions, and to test the vector
// version against.
int debatemap_utf8_valid_bytewise(const uint8_t *bytes, size_t count) {
    size_t k = 0;
    while (k < count) {
        const uint8_t c = bytes[k];
        if (c < 0x80) { k++; continue; }
        size_t length;
        uint8_t low = 0x80, high = 0xBF;  // the range of the second byte
        if (c >= 0xC2 && c <= 0xDF) length = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0) low = 0xA0;
            if (c == 0xED) high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0) low = 0x90;
            if (c == 0xF4) high = 0x8F;
        } else return 0;
        if (count - k < length) return 0;
        if (bytes[k + 1] < low || bytes[k + 1] > high) return 0;
        for (size_t j = 2; j < length; j++) {
            if ((bytes[k + j] & 0xC0) != 0x80) return 0;
        }
        k += length;
    }
    return 1;
}
