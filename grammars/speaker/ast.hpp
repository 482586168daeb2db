// speaker/ast.hpp — what the speaker grammar yields: the words of a candidate noun phrase,
// each tagged with its part (title, role, name, ...), as pointers into the text.
#pragma once

#include <vector>

#include "language.hpp"

namespace verbatim::grammars::ast {

struct np_word {
    np_part part = np_part::name;
    char const* begin = nullptr;
    char const* end = nullptr;
};

using np_words = std::vector<np_word>;

} // namespace verbatim::grammars::ast
