// header/ast.hpp — what the article-header grammar yields: `key: value` metadata fields.
#pragma once

#include <string>
#include <vector>

#include <boost/fusion/include/adapt_struct.hpp>

namespace verbatim::grammars::ast {

struct meta_field {
    std::string key;
    std::string value;
};

using meta_fields = std::vector<meta_field>;

} // namespace verbatim::grammars::ast

BOOST_FUSION_ADAPT_STRUCT(verbatim::grammars::ast::meta_field, key, value)
