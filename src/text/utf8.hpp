// text/utf8.hpp — checks UTF-8 and repairs it byte by byte, so that every later stage can
// trust its input.
//
//   std::string s = "caf\xC3";
//   std::size_t n = verbatim::text::repair_utf8(s); // n == 1, s == "caf\xEF\xBF\xBD"
//   assert(verbatim::text::is_valid_utf8(s));
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace verbatim::text {

/// U+FFFD REPLACEMENT CHARACTER, encoded as UTF-8.
inline constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

/// Length in bytes (1-4) of the well-formed UTF-8 sequence that starts at `s[pos]`, or 0 when
/// none starts there (stray continuation byte, overlong form, surrogate, beyond U+10FFFF,
/// truncated sequence). `pos` must be < `s.size()`.
std::size_t utf8_sequence_length(std::string_view s, std::size_t pos) noexcept;

/// True when `s` is well-formed UTF-8 (Unicode 15, table 3-7). NUL bytes are valid.
bool is_valid_utf8(std::string_view s) noexcept;

/// Replaces each byte that is not part of a well-formed sequence by U+FFFD, one replacement per
/// byte (as Python's `surrogateescape` gives one code point per byte), and returns how many bytes
/// were replaced. Valid input is left untouched and not copied.
std::size_t repair_utf8(std::string& s);

} // namespace verbatim::text
