#include "quote_mark/quote_mark_def.hpp"

namespace verbatim::grammars {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(quote_mark_type, iterator_type, context_type)
} // namespace parser

parser::quote_mark_type const& quote_mark_rule() { return parser::quote_mark; }
} // namespace verbatim::grammars
