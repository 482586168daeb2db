// speaker/ast.hpp — what the speaker grammar yields: a word of a candidate noun phrase,
// tagged with its part (title, role, name, ...), as pointers into the text.
#pragma once

#include "language.hpp"

namespace verbatim::grammars::ast {

struct np_word {
    np_part part = np_part::name;
    char const* begin = nullptr;
    char const* end = nullptr;
};

} // namespace verbatim::grammars::ast
