// quote_mark/ast.hpp — what the quote-mark grammar yields.
#pragma once

#include "language.hpp"

namespace verbatim::grammars::ast {

struct mark_kind {
    mark_family family = mark_family::double_quote;
    mark_role role = mark_role::either;
};

} // namespace verbatim::grammars::ast
