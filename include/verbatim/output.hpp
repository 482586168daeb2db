// verbatim/output.hpp — writes quotations and speakers for people (per-speaker lists) and programs
// (JSONL, CSV). The claim-change report is written by verbatim/report.hpp.
//
//   verbatim::speaker_directory dir;
//   auto w = verbatim::make_quote_writer(verbatim::output_format::text, std::cout, dir);
//   dir.add(doc, quotes); w->add(doc, quotes); /* per document */ w->finish();
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "verbatim/document.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim {

class speaker_directory;  // verbatim/speakers.hpp
struct speaker_entity;

/// text and md: per-speaker lists; jsonl and csv: one record per quotation; explain: each
/// article's quotations in text order with the rules that found them and their speakers.
enum class output_format { text, jsonl, csv, md, explain };

/// Parses `text`, `jsonl`, `csv`, `md` or `explain`.
std::optional<output_format> parse_output_format(std::string_view name);

/// Receives the quotations of one document after another and writes them in one format.
class quote_writer {
public:
    virtual ~quote_writer() = default;
    /// Adds one document's quotations (streaming formats write them at once).
    virtual void add(document const& doc, std::vector<quotation> const& quotes) = 0;
    /// Writes what is left (per-speaker lists are grouped and printed here).
    virtual void finish() = 0;
};

/// A writer for `format`. The per-speaker formats group by the entities of `directory`, which
/// the caller fills with the same documents (directory.add before writer.add). `with_figures`
/// (JSONL only): a figure record, among the quotations in text order, for each sentence that
/// states a number in the article's own voice (`figure_sentences`), which the claim-change report
/// read back from records needs for its numbers that moved.
std::unique_ptr<quote_writer> make_quote_writer(output_format format, std::ostream& out, speaker_directory const& directory,
                                                bool with_figures = false);

/// Which quotations to keep: dated within [since, until] (`YYYY-MM-DD`, either may be empty;
/// an undated article is kept only when neither is given), of the kinds listed (none: all), and
/// by one of the speakers `speakers` names (asked at the end, when the corpus-wide merge is
/// known; null: any speaker).
struct quote_filter {
    std::string since, until;
    std::vector<quote_kind> kinds;
    std::function<std::set<std::string>()> speakers; ///< canonical entity ids
};

/// A writer that hands `inner` only the quotations `filter` keeps. With a speaker filter it holds
/// the articles it keeps quotations of until `finish` (who a name is is known only then).
std::unique_ptr<quote_writer> make_filtered_writer(std::unique_ptr<quote_writer> inner, quote_filter filter,
                                                   speaker_directory const& directory);

/// A writer of brat standoff into `folder` (made when complete; it must not exist or be empty):
/// per article `DOC.txt`, the text as read, and `DOC.ann` with `T` lines for each quotation's
/// Content, Cue and Source (code points, discontinuous parts joined by `;`) and an `E` line
/// `Attribution:T Content:T Cue:T Source:T`, as in PolNeAR.
std::unique_ptr<quote_writer> make_brat_writer(std::string const& folder);

/// A writer of the `limit` records with a speaker of lowest `confidence`, weakest first, for review: each with
/// its article, content, cue, speaker as written and resolved, and the rules that found them.
std::unique_ptr<quote_writer> make_weakest_writer(std::ostream& out, std::size_t limit);

/// Writes the speakers of a corpus: each canonical speaker with kind, roles seen (with dates),
/// other forms written, number of quotations and of articles.
void write_speakers(output_format format, std::ostream& out, std::vector<speaker_entity> const& speakers);

/// Code-point offset of byte offset `byte` in `text` (UTF-8), as brat and Python count.
std::size_t codepoint_offset(std::string_view text, std::size_t byte);

} // namespace verbatim
