// report/json.hpp — JSON string literals for output (input is valid UTF-8 after ingest).
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace verbatim {

/// Appends the characters of `s` as they stand inside a JSON string literal (escaped).
inline void append_json_chars(std::string& out, std::string_view s) {
    // bytes written as they are: not a control character, quote, backslash or DEL
    static constexpr auto plain = [] {
        std::array<bool, 256> t{};
        for (int c = 0x20; c < 256; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\' && c != 0x7F;
        return t;
    }();
    for (std::size_t i = 0; i < s.size();) {
        // a run of characters written as they are, appended at once
        std::size_t j = i;
        while (j < s.size() && plain[static_cast<unsigned char>(s[j])]) ++j;
        out.append(s.data() + i, j - i);
        if (j == s.size()) break;
        i = j + 1;
        auto const c = static_cast<unsigned char>(s[j]);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: { // other control characters
            static char const hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        }
    }
}

/// Appends `s` to `out` as a JSON string literal.
inline void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    append_json_chars(out, s);
    out += '"';
}

/// Appends `s` as a JSON string literal, or `null` when it is empty (a field the input lacks).
inline void append_json_string_or_null(std::string& out, std::string_view s) {
    if (s.empty()) out += "null";
    else append_json_string(out, s);
}

/// `s` as a JSON string literal.
inline std::string json_string(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    append_json_string(out, s);
    return out;
}

} // namespace verbatim
