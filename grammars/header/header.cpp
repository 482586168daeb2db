#include "header/header_def.hpp"

namespace verbatim::grammars {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(header_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(dateline_type, iterator_type, context_type)
} // namespace parser

parser::header_type const& header_rule() { return parser::header; }
parser::dateline_type const& dateline_rule() { return parser::dateline; }
} // namespace verbatim::grammars
