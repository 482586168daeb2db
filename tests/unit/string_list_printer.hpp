// Lets doctest print a list of strings in failure messages: {"a", "b"} instead of {?}.
#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <vector>

namespace doctest {

template <> struct StringMaker<std::vector<std::string>> {
    static String convert(std::vector<std::string> const& list) {
        std::string out = "{";
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i > 0) out += ", ";
            out += '"' + list[i] + '"';
        }
        out += '}';
        return String(out.c_str());
    }
};

} // namespace doctest
