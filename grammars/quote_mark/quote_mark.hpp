// quote_mark/quote_mark.hpp — the rule that reads one quotation mark.
#pragma once

#include "config.hpp"
#include "quote_mark/ast.hpp"

namespace verbatim::grammars {
namespace parser {
struct quote_mark_class;
using quote_mark_type = x3::rule<quote_mark_class, ast::mark_kind>;
BOOST_SPIRIT_DECLARE(quote_mark_type)
} // namespace parser

parser::quote_mark_type const& quote_mark_rule();
} // namespace verbatim::grammars
