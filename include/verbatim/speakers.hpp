// verbatim/speakers.hpp — speakers as entities across a corpus: one id per person or body
// however the articles write them (Zelensky, Volodymyr Zelensky, Zelenskyy), namesakes and
// places kept apart, unnamed sources never merged into a named person.
//
//   verbatim::speaker_directory dir{verbatim::read_alias_file("aliases.txt", &notes)};
//   for (auto& [doc, quotes] : articles) dir.add(doc, quotes);
//   for (auto const& e : dir.entities()) fmt::print("{} {}\n", e.name, e.quotations);
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "verbatim/document.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim {

/// What a user tells Verbatim about names the rules cannot know: `canonical = alias, alias`
/// lines, and `name != name` lines that keep two names apart.
struct alias_table {
    std::map<std::string, std::string> canonical_of;                  ///< normalised alias -> canonical name
    std::vector<std::pair<std::string, std::string>> kept_apart;      ///< pairs of canonical names
};

/// Reads an alias file; a bad line becomes a diagnostic (file and line) and is skipped.
alias_table read_alias_file(std::string const& path, std::vector<diagnostic>* notes = nullptr);

/// The id a named speaker gets in every article (`person:donald-trump`, `place:kyiv`): the kind
/// and the name folded to ASCII lower case, with common transliteration variants made one
/// (Zelenskyy, Zelenskiy -> zelensky). Unnamed speakers (group, unknown) get `@doc` appended.
std::string entity_id(speaker_kind kind, std::string_view name, std::string_view doc_id = {});

/// Whether an entity id names someone (`person:`, `organization:`, `place:`, `media:`): the
/// speakers merged across articles, as against groups and unnamed sources, one per article.
bool is_named_entity(std::string_view entity_id);
/// The same for a kind: person, organization, place or media.
bool is_named_kind(speaker_kind kind);

/// One canonical speaker of a corpus.
struct speaker_entity {
    std::string id;
    std::string name; ///< the fullest form seen
    speaker_kind kind = speaker_kind::unknown;
    struct role_seen {
        std::string first, last; ///< dates (ISO) of the first and last article that gives the role
    };
    std::map<std::string, role_seen> roles;
    std::map<std::string, std::size_t> aliases; ///< forms written (not pronouns), with counts
    std::size_t quotations = 0;
    std::size_t articles = 0;
};

/// The role an entity was given last (the latest date an article gave it), or empty.
std::string latest_role(speaker_entity const& e);

/// Collects the speakers of a corpus, article by article, and merges them into entities.
class speaker_directory {
public:
    explicit speaker_directory(alias_table aliases = {});
    ~speaker_directory();
    speaker_directory(speaker_directory&&) noexcept;
    speaker_directory& operator=(speaker_directory&&) noexcept;

    /// Applies the alias table to the article's speakers (name and entity). Streaming outputs
    /// need no more; memory stays flat.
    void apply_aliases(document const& doc, std::vector<quotation>& quotes) const;
    /// Applies the alias table and records the speakers for the corpus-wide merge.
    void add(document const& doc, std::vector<quotation>& quotes);
    /// The entity an article-level id belongs to once the corpus is known ("person:zelensky"
    /// -> "person:volodymyr-zelensky" when that is the only Zelensky named in full).
    std::string canonical_id(std::string const& id) const;
    /// Every named entity, merged, most quoted first (then by name). Unnamed sources are left
    /// out unless `include_unnamed`.
    std::vector<speaker_entity> entities(bool include_unnamed = false) const;

private:
    struct state;
    std::unique_ptr<state> state_;
};

} // namespace verbatim
