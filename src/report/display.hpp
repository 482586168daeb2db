// report/display.hpp — how a quotation reads in the outputs for people.
#pragma once

#include <string>

#include "verbatim/quotation.hpp"

namespace verbatim {

/// The content as a reader sees it: direct quotes inside quote marks, on one line.
inline std::string display_text(document const& doc, quotation const& q) {
    std::string text = content_text(doc, q);
    for (auto& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (q.kind == quote_kind::direct) return "\xE2\x80\x9C" + text + "\xE2\x80\x9D";
    return text;
}

} // namespace verbatim
