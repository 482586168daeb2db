// text/scan.hpp — finding the next byte of a kind in long text, sixteen bytes at a step (GCC/Clang
// vector extensions: SSE2 on x86-64, NEON on arm64, plain code elsewhere).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace verbatim::text {
namespace detail {
using bytes16 = unsigned char __attribute__((vector_size(16)));

inline bytes16 load16(char const* p) {
    bytes16 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

/// Whether any byte of a comparison's result (a 16-byte vector, signed or not) is set.
template <typename Mask> inline bool any_set(Mask m) {
    static_assert(sizeof(Mask) == 16);
    std::uint64_t a, b;
    std::memcpy(&a, &m, 8);
    std::memcpy(&b, reinterpret_cast<char const*>(&m) + 8, 8);
    return (a | b) != 0;
}
} // namespace detail

/// The first sentence stop ('.', '?' or '!') in [from, to), or `to`.
inline std::size_t find_stop(std::string_view t, std::size_t from, std::size_t to) {
    using namespace detail;
    std::size_t p = from;
    for (; p + 16 <= to; p += 16) {
        bytes16 const v = load16(t.data() + p);
        if (any_set((v == '.') | (v == '?') | (v == '!'))) break;
    }
    while (p < to && t[p] != '.' && t[p] != '?' && t[p] != '!') ++p;
    return p;
}

/// The first byte in [from, to) that is an ASCII capital or starts (or continues) a multi-byte
/// character, or `to`.
inline std::size_t find_capital_or_multibyte(std::string_view t, std::size_t from, std::size_t to) {
    using namespace detail;
    std::size_t p = from;
    for (; p + 16 <= to; p += 16) {
        bytes16 const v = load16(t.data() + p);
        if (any_set((v >= 0x80) | ((v >= 'A') & (v <= 'Z')))) break;
    }
    while (p < to) {
        auto const b = static_cast<unsigned char>(t[p]);
        if (b >= 0x80 || (b >= 'A' && b <= 'Z')) break;
        ++p;
    }
    return p;
}

/// The first byte in [from, to) equal to one of the four `set`, or `to`.
inline std::size_t find_any_of4(std::string_view t, std::size_t from, std::size_t to, unsigned char const (&set)[4]) {
    using namespace detail;
    std::size_t p = from;
    for (; p + 16 <= to; p += 16) {
        bytes16 const v = load16(t.data() + p);
        if (any_set((v == set[0]) | (v == set[1]) | (v == set[2]) | (v == set[3]))) break;
    }
    while (p < to) {
        auto const b = static_cast<unsigned char>(t[p]);
        if (b == set[0] || b == set[1] || b == set[2] || b == set[3]) break;
        ++p;
    }
    return p;
}

} // namespace verbatim::text
