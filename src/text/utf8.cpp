#include "text/utf8.hpp"

#include <cstdint>
#include <cstring>
#include <utility>

namespace verbatim::text {

namespace {

bool is_continuation(unsigned char c) noexcept { return (c & 0xC0U) == 0x80U; }

// Position of the first non-ASCII byte at or after `pos`; most news text is mostly ASCII,
// so skip it eight bytes at a time.
std::size_t skip_ascii(std::string_view s, std::size_t pos) noexcept {
    constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
    while (pos + 8 <= s.size()) {
        std::uint64_t block = 0;
        std::memcpy(&block, s.data() + pos, sizeof block);
        if ((block & high_bits) != 0) break;
        pos += 8;
    }
    while (pos < s.size() && static_cast<unsigned char>(s[pos]) < 0x80U) ++pos;
    return pos;
}

} // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t pos) noexcept {
    auto const lead = static_cast<unsigned char>(s[pos]);
    if (lead < 0x80U) return 1;
    std::size_t const left = s.size() - pos;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]); };

    // The second byte's range depends on the lead byte (Unicode table 3-7): this is what rules
    // out overlong forms, surrogates and code points beyond U+10FFFF.
    std::size_t length = 0;
    unsigned char low = 0x80U;
    unsigned char high = 0xBFU;
    if (lead >= 0xC2U && lead <= 0xDFU) {
        length = 2;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        length = 3;
        if (lead == 0xE0U) low = 0xA0U;
        if (lead == 0xEDU) high = 0x9FU;
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        length = 4;
        if (lead == 0xF0U) low = 0x90U;
        if (lead == 0xF4U) high = 0x8FU;
    } else {
        return 0;
    }
    if (left < length) {
        return 0;
    }
    if (byte(1) < low || byte(1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (!is_continuation(byte(i))) return 0;
    }
    return length;
}

bool is_valid_utf8(std::string_view s) noexcept {
    std::size_t pos = 0;
    while (true) {
        pos = skip_ascii(s, pos);
        if (pos == s.size()) return true;
        std::size_t const length = utf8_sequence_length(s, pos);
        if (length == 0) return false;
        pos += length;
    }
}

std::size_t repair_utf8(std::string& s) {
    std::string_view const view = s;
    std::size_t pos = 0;
    // Find the first bad byte without copying anything.
    while (true) {
        pos = skip_ascii(view, pos);
        if (pos == view.size()) return 0;
        std::size_t const length = utf8_sequence_length(view, pos);
        if (length == 0) break;
        pos += length;
    }

    std::string repaired;
    repaired.reserve(s.size() + 16);
    repaired.append(view.substr(0, pos));
    std::size_t replaced = 0;
    while (pos < view.size()) {
        std::size_t const ascii_end = skip_ascii(view, pos);
        repaired.append(view.substr(pos, ascii_end - pos));
        pos = ascii_end;
        if (pos == view.size()) break;
        std::size_t const length = utf8_sequence_length(view, pos);
        if (length == 0) {
            // One replacement per byte: a continuation byte can never start a valid sequence,
            // so stepping one byte at a time replaces exactly the bytes of each maximal
            // ill-formed subsequence, as a per-byte error handler would.
            repaired.append(replacement_character);
            ++replaced;
            ++pos;
        } else {
            repaired.append(view.substr(pos, length));
            pos += length;
        }
    }
    s = std::move(repaired);
    return replaced;
}

} // namespace verbatim::text
