// resolve/phrase_parts.hpp — a speaker phrase taken apart into the name, the role and the head
// word that resolving it needs, and the small word tests that go with it (inside resolve/ only).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "language.hpp"

namespace verbatim::resolve::detail {
namespace g = verbatim::grammars;

std::string span_text(std::string_view text, std::size_t b, std::size_t e);
bool is_acronym(std::string_view w);
std::string strip_possessive(std::string s);
std::string lower(std::string s);

/// First token of a run of name tokens [from, to) after a leading place or organisation name
/// ("United States Joe Biden" -> "Joe Biden"), keeping at least two name words.
std::size_t after_body_prefix(std::string_view text, std::vector<g::np_token> const& t, std::size_t from, std::size_t to);

/// Where a person's name of two words or more follows a body's or place's name with no comma
/// ("Central Bank of Sri Lanka Ajith Cabraal", "Chinese Foreign Ministry Hua Chunying"): the
/// byte where the person's name starts in `words`, or npos. `is_body` says whether a run of
/// words names a body or a place.
std::size_t person_after_body(std::string_view words, bool (*is_body)(std::string_view));

/// A speaker phrase taken apart: where the name is, what the role is.
struct phrase_parts {
    std::string name;        ///< trailing proper name ("Volodymyr Zelensky"), may be empty
    std::size_t name_words = 0;
    std::string role;        ///< words before the name, without determiner ("Ukrainian President")
    std::string head;        ///< the head word of a common noun phrase ("president", "officials")
    g::np_part head_part = g::np_part::name;
    bool definite = false;   ///< starts with "the"
    bool definite_name = false; ///< "the" right before the name ("the Kremlin", not "the study Thomas Rivinius")
    bool pronoun = false;
    /// A document's issuer: the name before a document's or source's word that heads the phrase
    /// ("Johns Hopkins University data", "the WHO situation report" -> "WHO"), with its words.
    std::string issuer;
    std::size_t issuer_words = 0;
    bool issuer_owns = false; ///< the issuer is a possessor ("Pelé's account"), who may be a person
    bool owned_plain = false; ///< what is owned is a plain noun, no document ("the agency's statistics"): only a body speaks for it
    bool body_of = false;     ///< the name is a body's "HEAD of NAME" ("the Bank of England")
};

phrase_parts take_apart(std::string_view text, g::speaker_phrase const& sp);

} // namespace verbatim::resolve::detail
