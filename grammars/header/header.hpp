// header/header.hpp — rules for the metadata lines at the head of a .txt article and for
// a news dateline (`MOSCOW, JAN 23:`).
#pragma once

#include "config.hpp"
#include "header/ast.hpp"

namespace verbatim::grammars {
namespace parser {
struct header_class;
struct dateline_class;
using header_type = x3::rule<header_class, ast::meta_fields>;
using dateline_type = x3::rule<dateline_class>;
BOOST_SPIRIT_DECLARE(header_type, dateline_type)
} // namespace parser

parser::header_type const& header_rule();
parser::dateline_type const& dateline_rule();
} // namespace verbatim::grammars
