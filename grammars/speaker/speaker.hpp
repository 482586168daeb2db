// speaker/speaker.hpp — rules for speaker noun phrases and speech cues.
#pragma once

#include "config.hpp"
#include "lexicon.hpp"
#include "speaker/ast.hpp"

namespace verbatim::grammars {
namespace parser {
struct np_run_class;
struct np_first_class;
struct cue_class_id;
struct adverbs_class;
using np_run_type = x3::rule<np_run_class, ast::np_words>;
using np_first_type = x3::rule<np_first_class, ast::np_word>;
using adverbs_type = x3::rule<adverbs_class>;
BOOST_SPIRIT_DECLARE(np_run_type, np_first_type, adverbs_type)
} // namespace parser

parser::np_run_type const& np_run_rule();
parser::np_first_type const& np_first_rule();
parser::adverbs_type const& adverbs_rule();
} // namespace verbatim::grammars
