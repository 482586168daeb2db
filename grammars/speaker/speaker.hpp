// speaker/speaker.hpp — rules for speaker noun phrases and speech cues.
#pragma once

#include "config.hpp"
#include "lexicon.hpp"
#include "speaker/ast.hpp"

namespace verbatim::grammars {
namespace parser {
struct tagged_word_class;
struct cue_class_id;
struct adverbs_class;
using tagged_word_type = x3::rule<tagged_word_class, ast::np_word>;
using adverbs_type = x3::rule<adverbs_class>;
BOOST_SPIRIT_DECLARE(tagged_word_type, adverbs_type)
} // namespace parser

/// One word of a speaker phrase with its part; match.cpp reads runs of them, a word at a time.
parser::tagged_word_type const& tagged_word_rule();
parser::adverbs_type const& adverbs_rule();
} // namespace verbatim::grammars
