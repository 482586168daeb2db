// report/csv.hpp — one CSV field as spreadsheets read it (RFC 4180).
#pragma once

#include <string>
#include <string_view>

namespace verbatim {

/// `s` as a CSV field: quoted (inner quotes doubled) when it holds a comma, quote or line break.
inline std::string csv_field(std::string_view s) {
    bool quote = s.find_first_of(",\"\n\r") != std::string_view::npos;
    if (!quote) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace verbatim
