#include "speaker/speaker_def.hpp"

namespace verbatim::grammars {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(tagged_word_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(adverbs_type, iterator_type, context_type)
} // namespace parser

parser::tagged_word_type const& tagged_word_rule() { return parser::tagged_word; }
parser::adverbs_type const& adverbs_rule() { return parser::adverbs; }
} // namespace verbatim::grammars
