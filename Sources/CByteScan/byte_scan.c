// Vector versions of two byte loops; each reads only the bytes it is given (the last part
// of a range shorter than a vector is copied to a local block first).
#include "CByteScan.h"
#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>

// Asked as `utf8_valid.c` asks: the compiler's record of the processor, read once at start-up.
int debatemap_byte_scan_hardware(void) {
    return __builtin_cpu_supports("sse4.2");
}

// PCMPESTRI compares each of 16 bytes with every byte of the set and gives the first match.
#define ANY_OF (_SIDD_UBYTE_OPS | _SIDD_CMP_EQUAL_ANY | _SIDD_LEAST_SIGNIFICANT)

__attribute__((target("sse4.2")))
size_t debatemap_first_in_set(const uint8_t *bytes, size_t from, size_t to, const uint8_t *set, int count) {
    const __m128i members = _mm_loadu_si128((const __m128i *)set);
    size_t k = from;
    for (; k + 16 <= to; k += 16) {
        const __m128i block = _mm_loadu_si128((const __m128i *)(bytes + k));
        const int i = _mm_cmpestri(members, count, block, 16, ANY_OF);
        if (i < 16) return k + (size_t)i;
    }
    if (k < to) {
        uint8_t tail[16] = {0};
        const int length = (int)(to - k);
        memcpy(tail, bytes + k, (size_t)length);
        const int i = _mm_cmpestri(members, count, _mm_loadu_si128((const __m128i *)tail), length, ANY_OF);
        if (i < length) return k + (size_t)i;
    }
    return to;
}

// SSE2, which every x86-64 processor has: a continuation byte is below 0xC0 read as signed
// (-64) and an ASCII byte is not; each lane counts its matches, summed every 255 blocks.
size_t debatemap_continuation_bytes(const uint8_t *bytes, size_t count) {
    const __m128i limit = _mm_set1_epi8((char)0xC0);
    const __m128i zero = _mm_setzero_si128();
    size_t total = 0, k = 0;
    while (k + 16 <= count) {
        __m128i lanes = zero;
        for (int round = 0; round < 255 && k + 16 <= count; round++, k += 16) {
            const __m128i block = _mm_loadu_si128((const __m128i *)(bytes + k));
            lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(block, limit));  // a match is -1
        }
        const __m128i sums = _mm_sad_epu8(lanes, zero);
        total += (size_t)_mm_cvtsi128_si64(sums) + (size_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
    }
    for (; k < count; k++) total += (bytes[k] & 0xC0) == 0x80;
    return total;
}

#else

int debatemap_byte_scan_hardware(void) { return 0; }

size_t debatemap_first_in_set(const uint8_t *bytes, size_t from, size_t to, const uint8_t *set, int count) {
    for (size_t k = from; k < to; k++) {
        for (int m = 0; m < count; m++) {
            if (bytes[k] == set[m]) return k;
        }
    }
    return to;
}

size_t debatemap_continuation_bytes(const uint8_t *bytes, size_t count) {
    size_t total = 0;
    for (size_t k = 0; k < count; k++) total += (bytes[k] & 0xC0) == 0x80;
    return total;
}

#endif
