#include "speaker/speaker_def.hpp"

namespace verbatim::grammars {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(np_run_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(np_first_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(adverbs_type, iterator_type, context_type)
} // namespace parser

parser::np_run_type const& np_run_rule() { return parser::np_run; }
parser::np_first_type const& np_first_rule() { return parser::np_first; }
parser::adverbs_type const& adverbs_rule() { return parser::adverbs; }
} // namespace verbatim::grammars
