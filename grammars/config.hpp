// config.hpp — the one iterator and context type every X3 grammar here is instantiated for.
// All grammars parse UTF-8 bytes in memory with explicit whitespace (no skipper).
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/binary.hpp>

namespace verbatim::grammars {
namespace x3 = boost::spirit::x3;

using iterator_type = char const*;
using context_type = x3::unused_type;

} // namespace verbatim::grammars
