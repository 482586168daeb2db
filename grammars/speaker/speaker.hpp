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

/// End of the word key at `pos`: the longest run of word characters, hyphens, apostrophes and
/// dots, all a tagged word's tag depends on...
std::size_t word_key_end(std::string_view text, std::size_t pos);
/// ...unless the key is one of these: it opens an entry of several words or one with other
/// characters ("close to"), it is a particle or a number word (the rule looks at the next
/// word), it is a capital and its dot (an initial only before a capitalised word), or it starts
/// with a digit.
bool tag_reads_past_word(std::string_view key);
} // namespace verbatim::grammars
