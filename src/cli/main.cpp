// verbatim — the command line: parse options, call the library, print.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <set>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "verbatim/claims.hpp"
#include "verbatim/ingest.hpp"
#include "verbatim/output.hpp"
#include "verbatim/pipeline.hpp"
#include "verbatim/quotation.hpp"
#include "verbatim/speakers.hpp"
#include "verbatim/store.hpp"
#include "verbatim/report.hpp"
#include "verbatim/tracker.hpp"

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

/// Output that appears under its name only when complete: written to a temporary file in
/// the same folder and renamed at the end.
class output_target {
public:
    explicit output_target(std::string path) : path_(std::move(path)) {
        if (path_.empty() || path_ == "-") return;
        auto dir = fs::path(path_).parent_path();
        if (!dir.empty() && !fs::is_directory(dir))
            throw std::runtime_error(fmt::format("cannot write {}: folder {} does not exist", path_, dir.string()));
        temp_ = fmt::format("{}.tmp-{}", path_, static_cast<long>(::getpid()));
        file_.open(temp_, std::ios::binary | std::ios::trunc);
        if (!file_) throw std::runtime_error(fmt::format("cannot write {}", temp_));
    }
    ~output_target() {
        if (!temp_.empty() && !committed_) {
            file_.close();
            std::error_code ec;
            fs::remove(temp_, ec);
        }
    }
    std::ostream& stream() { return temp_.empty() ? std::cout : static_cast<std::ostream&>(file_); }
    void commit() {
        stream().flush();
        if (!stream()) throw std::runtime_error(fmt::format("error writing {}", path_.empty() ? "standard output" : path_));
        if (temp_.empty()) return;
        file_.close();
        fs::rename(temp_, path_);
        committed_ = true;
    }

private:
    std::string path_, temp_;
    std::ofstream file_;
    bool committed_ = false;
};

std::string count(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

struct ingest_summary {
    verbatim::ingest_stats stats;
    std::size_t quotations = 0;
};

bool progress_line_shown = false; // a progress line is on the terminal: clear it before printing

enum class verbosity { quiet, normal, verbose };

/// The input's problems as they come: errors always printed; warnings the first few (all with
/// -v, none with -q), counted by kind for the summary; notes (skipped files) only with -v.
class message_log {
public:
    static constexpr std::size_t warnings_shown = 10;

    void set(verbosity v) { verbosity_ = v; }
    bool verbose() const { return verbosity_ == verbosity::verbose; }

    void operator()(verbatim::diagnostic const& d) {
        std::lock_guard lock(mutex_);
        bool show = d.level == verbatim::severity::error || verbosity_ == verbosity::verbose;
        if (d.level == verbatim::severity::warning) {
            ++warnings_[kind_of(d)];
            show = show || (verbosity_ == verbosity::normal && ++shown_ <= warnings_shown);
        } else if (d.level == verbatim::severity::note) {
            ++notes_[kind_of(d)];
        }
        if (!show) return;
        if (progress_line_shown) {
            fmt::print(stderr, "\r\x1b[K");
            progress_line_shown = false;
        }
        auto where = d.line ? fmt::format("{}:{}", d.file, d.line) : d.file;
        auto level = d.level == verbatim::severity::error ? "error" : d.level == verbatim::severity::warning ? "warning" : "note";
        fmt::print(stderr, "verbatim: {}: {}: {}\n", where, level, d.message);
    }

    /// "; 117 warnings (quotation mark never closed 117; the first 10 shown, -v shows all); 2 files
    /// skipped (not .txt, .jsonl or .csv 2; -v names them)", or empty.
    std::string summary() const {
        std::lock_guard lock(mutex_);
        std::string out;
        auto counted = [](std::map<std::string, std::size_t> const& by_kind) {
            std::size_t total = 0;
            std::string kinds;
            for (auto const& [kind, n] : by_kind) {
                total += n;
                kinds += fmt::format("{}{}: {}", kinds.empty() ? "" : ", ", kind, n);
            }
            return std::pair{total, kinds};
        };
        if (auto [n, kinds] = counted(warnings_); n) {
            bool const all = verbosity_ == verbosity::verbose || n <= warnings_shown;
            out += fmt::format("; {} ({}{})", count(n, "warning", "warnings"), kinds,
                               all ? "" : fmt::format("; the first {} shown, -v shows all", warnings_shown));
        }
        if (auto [n, kinds] = counted(notes_); n)
            out += fmt::format("; {} skipped ({}{})", count(n, "file", "files"), kinds, verbose() ? "" : "; -v names them");
        return out;
    }

private:
    /// The kind a diagnostic counts under: its own, else its message up to the first details
    /// (`quotation mark never closed (paragraph 6); …` -> `quotation mark never closed`).
    static std::string kind_of(verbatim::diagnostic const& d) {
        std::string_view m = d.kind.empty() ? std::string_view(d.message) : std::string_view(d.kind);
        if (d.kind.empty()) m = m.substr(0, std::min(m.find_first_of(":;("), m.size()));
        if (d.kind.starts_with("skipped: ")) m.remove_prefix(9);
        while (!m.empty() && m.back() == ' ') m.remove_suffix(1);
        std::string out;
        bool quoted = false;
        for (char c : m) {
            if (c == '"') {
                if (!quoted) out += "\"\xE2\x80\xA6\""; // a field's value: "…"
                quoted = !quoted;
            } else if (!quoted) {
                out += c >= '0' && c <= '9' ? (out.ends_with('#') ? std::string() : std::string("#")) : std::string(1, c);
            }
        }
        return out;
    }

    verbosity verbosity_ = verbosity::normal;
    std::size_t shown_ = 0;
    std::map<std::string, std::size_t> warnings_, notes_;
    mutable std::mutex mutex_;
};

message_log messages;

void print_diagnostic(verbatim::diagnostic const& d) { messages(d); }

/// Progress on standard error for long runs, when it is a terminal (and not --quiet): documents,
/// MB read, MB/s and, when the input size is known (files, not standard input), the ETA.
class progress_meter {
public:
    progress_meter(std::vector<std::string> const& paths, bool quiet) : on_(!quiet && ::isatty(2)) {
        if (!on_) return;
        for (auto const& p : paths) {
            std::error_code ec;
            if (p == "-") {
                total_ = 0;
                return;
            }
            if (fs::is_directory(p, ec)) {
                for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
                    if (it->is_regular_file(ec)) total_ += it->file_size(ec);
            } else {
                total_ += fs::file_size(p, ec);
            }
        }
        start_ = last_ = std::chrono::steady_clock::now();
    }
    ~progress_meter() {
        if (progress_line_shown) fmt::print(stderr, "\r\x1b[K");
        progress_line_shown = false;
    }
    void add(std::size_t bytes) {
        if (!on_) return;
        ++documents_;
        bytes_ += bytes;
        auto now = std::chrono::steady_clock::now();
        if (now - last_ < std::chrono::milliseconds(500)) return;
        last_ = now;
        double secs = std::chrono::duration<double>(now - start_).count();
        double rate = secs > 0 ? static_cast<double>(bytes_) / 1e6 / secs : 0;
        std::string eta;
        if (total_ > bytes_ && rate > 0) {
            auto left = static_cast<long>(static_cast<double>(total_ - bytes_) / 1e6 / rate);
            eta = fmt::format(", ETA {}:{:02}", left / 60, left % 60);
        }
        std::string of = total_ ? fmt::format(" of {:.1f}", static_cast<double>(total_) / 1e6) : std::string();
        fmt::print(stderr, "\r\x1b[Kverbatim: {} documents, {:.1f}{} MB, {:.1f} MB/s{}", documents_,
                   static_cast<double>(bytes_) / 1e6, of, rate, eta);
        progress_line_shown = true;
    }

private:
    bool on_;
    std::uintmax_t total_ = 0;
    std::size_t bytes_ = 0, documents_ = 0;
    std::chrono::steady_clock::time_point start_, last_;
};

/// What every command that reads articles shares: the paths, the alias file, quiet.
struct corpus_options {
    std::vector<std::string> paths;
    std::string aliases;
    unsigned jobs = 1;
    bool quiet = false;
    bool verbose = false; ///< every warning, and each file skipped
    std::string db;      ///< read from this store instead of paths
    std::string since;   ///< report --db: claims dated on or after; quotes: articles dated on or after
    std::string until;   ///< quotes: articles dated on or before
    std::vector<std::string> kinds; ///< quotes: direct, mixed, indirect
    bool from_records = false; ///< report: paths are quotation records (quotes -f jsonl), not articles
    std::string speaker; ///< --db: one speaker only (name or alias)
};

bool needs_paths(corpus_options const& opts) {
    if (opts.db.empty() && opts.paths.empty()) throw CLI::ValidationError("PATH", "give files or folders to read, or --db FILE");
    if (!opts.db.empty() && !opts.paths.empty()) throw CLI::ValidationError("PATH", "give either files and folders or --db, not both");
    return opts.db.empty();
}

/// Reads every article, extracts its quotations, applies the aliases (and, unless streaming,
/// records the speakers for the corpus-wide merge), and hands both on.
ingest_summary read_corpus(corpus_options const& opts, verbatim::speaker_directory& directory, bool streaming,
                           std::function<void(verbatim::document const&, std::vector<verbatim::quotation> const&)> const& use,
                           std::function<void(std::vector<verbatim::claim>&)> const& use_figures = {}) {
    ingest_summary summary;
    progress_meter progress(opts.paths, opts.quiet);
    auto take = [&](verbatim::document const& doc, std::vector<verbatim::quotation>& quotes, verbatim::extraction_part part) {
        if (part.index == 0) progress.add(doc.text.size());
        summary.quotations += quotes.size();
        // Streaming outputs write each article's records at once (a long one's part by part):
        // the corpus-wide merge is not needed, and memory stays flat however large the corpus.
        if (streaming) directory.apply_aliases(doc, quotes);
        else directory.add(doc, quotes);
        use(doc, quotes);
    };
    auto diagnostic = [](verbatim::diagnostic const& d) { print_diagnostic(d); };
    if (streaming) summary.stats = verbatim::extract_corpus_in_parts(opts.paths, opts.jobs, take, diagnostic);
    else if (use_figures)
        summary.stats = verbatim::extract_corpus_with_figures(
            opts.paths, opts.jobs,
            [&](verbatim::document const& doc, std::vector<verbatim::quotation>& quotes, std::vector<verbatim::claim>& figures) {
                take(doc, quotes, {});
                use_figures(figures);
            },
            diagnostic);
    else
        summary.stats = verbatim::extract_corpus(
            opts.paths, opts.jobs, [&](verbatim::document const& doc, std::vector<verbatim::quotation>& quotes) { take(doc, quotes, {}); },
            diagnostic);
    return summary;
}

verbatim::speaker_directory make_directory(corpus_options const& opts) {
    verbatim::alias_table aliases;
    if (!opts.aliases.empty()) {
        std::vector<verbatim::diagnostic> notes;
        aliases = verbatim::read_alias_file(opts.aliases, &notes);
        for (auto const& n : notes) print_diagnostic(n);
    }
    return verbatim::speaker_directory(std::move(aliases));
}

std::string folded(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// The canonical ids of the speakers a name or alias names (case does not matter).
std::set<std::string> entities_named(verbatim::speaker_directory const& directory, std::string const& name) {
    std::set<std::string> ids;
    auto want = folded(name);
    for (auto const& e : directory.entities()) {
        bool match = folded(e.name) == want;
        for (auto const& [alias, n] : e.aliases) match = match || folded(alias) == want;
        if (match) ids.insert(e.id);
    }
    return ids;
}

/// Articles and their stored quotations from a store, as read_corpus hands them on (the directory
/// learns each article's speakers); with --speaker, `use` sees only that speaker's quotations.
ingest_summary read_store(corpus_options const& opts, verbatim::speaker_directory& directory,
                          std::function<void(verbatim::document const&, std::vector<verbatim::quotation> const&)> const& use) {
    verbatim::claim_store store(opts.db, verbatim::store_mode::read);
    ingest_summary summary;
    summary.stats.files = 1;
    auto count_in = [&](verbatim::document const& doc, std::size_t quotations) {
        ++summary.stats.documents;
        summary.stats.bytes += doc.text.size();
        summary.quotations += quotations;
    };
    if (opts.speaker.empty()) {
        // One pass, as on articles: the directory learns each document's speakers as it goes.
        store.for_each_document({}, [&](verbatim::document const& doc, std::vector<verbatim::quotation> const& quotes) {
            auto copy = quotes;
            directory.add(doc, copy);
            count_in(doc, copy.size());
            use(doc, copy);
        });
        return summary;
    }
    // One speaker: who that is is known only once every speaker has been merged.
    store.for_each_document({}, [&](verbatim::document const& doc, std::vector<verbatim::quotation> const& quotes) {
        auto copy = quotes;
        directory.add(doc, copy);
    });
    auto wanted = entities_named(directory, opts.speaker);
    if (wanted.empty()) spdlog::warn("no speaker named {} in {}", opts.speaker, opts.db);
    store.for_each_document({}, [&](verbatim::document const& doc, std::vector<verbatim::quotation> const& quotes) {
        std::vector<verbatim::quotation> kept;
        for (auto const& q : quotes)
            if (q.speaker && wanted.contains(directory.canonical_id(q.speaker->entity))) kept.push_back(q);
        directory.apply_aliases(doc, kept);
        count_in(doc, kept.size());
        use(doc, kept);
    });
    return summary;
}

void print_summary(corpus_options const& opts, ingest_summary const& s) {
    if (opts.quiet) return;
    spdlog::info("{} from {}, {:.1f} MB: {}{}{}", count(s.stats.documents, "document", "documents"),
                 count(s.stats.files, "file", "files"), static_cast<double>(s.stats.bytes) / 1e6,
                 count(s.quotations, "quotation", "quotations"),
                 s.stats.errors ? fmt::format("; {} (see above)", count(s.stats.errors, "input error", "input errors")) : std::string(),
                 messages.summary());
}

/// The exit status of a run that read articles: 1 when an input was lost, or when the paths
/// gave no document at all (said as a warning, even with -q); an empty standard input is a
/// quiet success (a streaming shard may be empty).
int exit_status(corpus_options const& opts, verbatim::ingest_stats const& stats) {
    bool const only_stdin = std::all_of(opts.paths.begin(), opts.paths.end(), [](auto const& p) { return p == "-"; });
    if (opts.db.empty() && stats.documents == 0 && !only_stdin && stats.errors == 0) {
        std::string paths;
        for (auto const& p : opts.paths) paths += fmt::format("{}{}", paths.empty() ? "" : " ", p);
        fmt::print(stderr, "verbatim: warning: no document found in {}{}\n", paths,
                   stats.skipped && !messages.verbose()
                       ? fmt::format(" ({} skipped: run with -v to see why)", count(stats.skipped, "file", "files"))
                       : "");
        return 1;
    }
    return stats.errors ? 1 : 0;
}

verbatim::output_format format_of(std::string const& name) {
    auto format = verbatim::parse_output_format(name);
    if (!format || *format == verbatim::output_format::explain) throw CLI::ValidationError("--format", "must be text, jsonl, csv or md");
    return *format;
}

int run_quotes(corpus_options const& opts, std::string const& format_name, std::string const& output, bool explain, bool figures,
               std::size_t weakest) {
    if (explain && format_name != "text") throw CLI::ValidationError("--explain", "shows a view of its own: leave out --format");
    if (weakest && (explain || format_name != "text"))
        throw CLI::ValidationError("--weakest", "shows a view of its own: leave out --format and --explain");
    bool const brat = format_name == "brat";
    if (brat && (explain || weakest || figures)) throw CLI::ValidationError("--format", "brat writes a folder of its own: leave out --explain, --weakest and --figures");
    auto format = explain ? verbatim::output_format::explain : brat ? verbatim::output_format::jsonl : format_of(format_name);
    if (figures && format != verbatim::output_format::jsonl) throw CLI::ValidationError("--figures", "adds records to -f jsonl only");
    if (brat && output.empty()) throw CLI::ValidationError("--format", "brat writes a folder: give it with -o FOLDER");
    auto directory = make_directory(opts);
    output_target target(brat ? std::string() : output);
    auto writer = brat      ? verbatim::make_brat_writer(output)
                  : weakest ? verbatim::make_weakest_writer(target.stream(), weakest)
                            : verbatim::make_quote_writer(format, target.stream(), directory, figures);
    // (a speaker on files: who a name is is known only once the whole corpus is merged)
    bool const by_speaker = !opts.speaker.empty() && needs_paths(opts);
    bool streaming = !by_speaker && (weakest || format == verbatim::output_format::jsonl || format == verbatim::output_format::csv ||
                                     format == verbatim::output_format::explain);
    if (by_speaker || !opts.since.empty() || !opts.until.empty() || !opts.kinds.empty()) {
        if (figures) throw CLI::ValidationError("--figures", "writes every record: leave out --speaker, --since, --until and --kind");
        verbatim::quote_filter filter;
        filter.since = opts.since;
        filter.until = opts.until;
        for (auto const& k : opts.kinds) filter.kinds.push_back(verbatim::parse_quote_kind(k));
        if (by_speaker)
            filter.speakers = [&] {
                auto ids = entities_named(directory, opts.speaker);
                if (ids.empty()) spdlog::warn("no speaker named {} in the articles read", opts.speaker);
                return ids;
            };
        writer = verbatim::make_filtered_writer(std::move(writer), std::move(filter), directory);
    }
    auto write = [&](auto const& doc, auto const& quotes) { writer->add(doc, quotes); };
    auto summary = needs_paths(opts) ? read_corpus(opts, directory, streaming, write) : read_store(opts, directory, write);
    writer->finish();
    target.commit();
    print_summary(opts, summary);
    return exit_status(opts, summary.stats);
}

int run_speakers(corpus_options const& opts, std::string const& format_name, std::string const& output) {
    auto format = format_of(format_name);
    auto directory = make_directory(opts);
    auto ignore = [](auto const&, auto const&) {};
    auto summary = needs_paths(opts) ? read_corpus(opts, directory, false, ignore) : read_store(opts, directory, ignore);
    output_target target(output);
    verbatim::write_speakers(format, target.stream(), directory.entities());
    target.commit();
    print_summary(opts, summary);
    return exit_status(opts, summary.stats);
}

using quotes_sink = std::function<void(verbatim::document const&, std::vector<verbatim::quotation> const&)>;

/// The claim-change report of the articles, records or store the options name; `also` sees each
/// article's quotations as they are read (after the directory).
verbatim::claim_report build_report(corpus_options const& opts, verbatim::speaker_directory& directory, ingest_summary& summary,
                                    quotes_sink const& also) {
    if (opts.db.empty() && (!opts.speaker.empty() || !opts.since.empty()))
        throw CLI::ValidationError("--speaker/--since", "read from a store: add --db FILE");
    verbatim::claim_report report;
    if (opts.from_records) {
        if (opts.paths.empty() || !opts.db.empty()) throw CLI::ValidationError("--from-records", "give record files, not --db");
        // Record files from any number of shards: the same report as one run on the articles.
        verbatim::claim_tracker tracker(opts.jobs);
        summary.stats = verbatim::read_quotation_records(
            opts.paths,
            [&](verbatim::document&& doc, std::vector<verbatim::quotation>&& quotes, std::vector<verbatim::figure_record>&& figures) {
                summary.quotations += quotes.size();
                directory.add(doc, quotes);
                tracker.add(doc, quotes);
                also(doc, quotes);
                std::vector<verbatim::claim> stated;
                for (auto const& f : figures)
                    if (auto c = verbatim::figure_claim(doc, f.sentence, f.measured)) stated.push_back(std::move(*c));
                tracker.add_figures(std::move(stated));
            },
            [](verbatim::diagnostic const& d) { print_diagnostic(d); });
        report = tracker.finish(directory);
    } else if (needs_paths(opts)) {
        verbatim::claim_tracker tracker(opts.jobs);
        summary = read_corpus(
            opts, directory, false,
            [&](auto const& doc, auto const& quotes) {
                tracker.add(doc, quotes);
                also(doc, quotes);
            },
            [&](std::vector<verbatim::claim>& figures) { tracker.add_figures(std::move(figures)); });
        report = tracker.finish(directory);
    } else {
        // The store holds the claims and the relations found as articles came in: no matching here.
        corpus_options all = opts;
        all.speaker.clear();
        summary = read_store(all, directory, also);
        verbatim::claim_store store(opts.db, verbatim::store_mode::read);
        std::vector<verbatim::claim> claims;
        std::vector<verbatim::judged_pair> pairs;
        store.load_claims(opts.since, claims, pairs);
        report = verbatim::assemble_claim_report(std::move(claims), pairs, directory);
        if (!opts.speaker.empty()) {
            auto wanted = entities_named(directory, opts.speaker);
            if (wanted.empty()) spdlog::warn("no speaker named {} in {}", opts.speaker, opts.db);
            verbatim::keep_speakers(report, wanted);
        }
    }
    return report;
}

int run_report(corpus_options const& opts, std::string const& format, std::string const& output) {
    if (format != "md" && format != "html" && format != "json" && format != "csv")
        throw CLI::ValidationError("--format", "must be md, html, json or csv");
    auto directory = make_directory(opts);
    ingest_summary summary;
    auto report = build_report(opts, directory, summary, [](auto const&, auto const&) {});
    output_target target(output);
    verbatim::write_claim_report(format, target.stream(), report);
    target.commit();
    print_summary(opts, summary);
    if (!opts.quiet) {
        auto const cited_figures = static_cast<std::size_t>(
            std::count_if(report.claims.begin(), report.claims.end(), [](verbatim::claim const& c) { return c.reported; }));
        spdlog::info("{}{}: {} flagged, {}, {}", count(report.claims.size() - cited_figures, "claim", "claims"),
                     report.figures ? fmt::format(" and {}", count(report.figures, "figure", "figures")) : std::string(),
                     count(report.changes.size(), "change", "changes"), count(report.disagreements.size(), "disagreement", "disagreements"),
                     count(report.numbers.size(), "series of numbers that moved", "series of numbers that moved"));
    }
    return opts.from_records ? (summary.stats.errors ? 1 : 0) : exit_status(opts, summary.stats);
}

int run_explore(corpus_options const& opts, std::string const& output) {
    auto directory = make_directory(opts);
    ingest_summary summary;
    verbatim::explorer page(directory);
    auto report = build_report(opts, directory, summary, [&](auto const& doc, auto const& quotes) { page.add(doc, quotes); });
    output_target target(output);
    page.write(target.stream(), report);
    target.commit();
    print_summary(opts, summary);
    return opts.from_records ? (summary.stats.errors ? 1 : 0) : exit_status(opts, summary.stats);
}

int run_ingest(corpus_options const& opts) {
    auto directory = make_directory(opts);
    verbatim::claim_store store(opts.db, verbatim::store_mode::write);
    constexpr std::size_t batch = 100; // documents per transaction
    std::size_t pending = 0;
    progress_meter progress(opts.paths, opts.quiet);
    auto stats = verbatim::extract_corpus(
        opts.paths, opts.jobs,
        [&](verbatim::document const& doc, std::vector<verbatim::quotation>& quotes) {
            progress.add(doc.text.size());
            directory.apply_aliases(doc, quotes);
            store.add(doc, quotes);
            if (++pending == batch) {
                store.commit_batch();
                pending = 0;
            }
        },
        [](verbatim::diagnostic const& d) { print_diagnostic(d); },
        [&](verbatim::document const& doc) {
            if (!store.unchanged(doc)) return true;
            store.skip();
            return false;
        });
    verbatim::alias_table aliases;
    if (!opts.aliases.empty()) aliases = verbatim::read_alias_file(opts.aliases);
    store.finish(aliases);
    if (!opts.quiet) {
        auto const& s = store.stats();
        spdlog::info("{}: {} new, {} replaced, {} unchanged; {}, {}, {} stored{}{}", opts.db, s.added, s.replaced, s.unchanged,
                     count(s.quotations, "quotation", "quotations"), count(s.claims, "claim", "claims"),
                     count(s.relations, "relation", "relations"),
                     stats.errors ? fmt::format("; {} (see above)", count(stats.errors, "input error", "input errors")) : std::string(),
                     messages.summary());
    }
    corpus_options files = opts;
    files.db.clear(); // (the store is where it goes; the paths are what was read)
    return exit_status(files, stats);
}

int run_compare(std::string const& pairs, std::string const& output, bool quiet) {
    output_target target(output);
    std::size_t n = 0;
    std::map<std::string, std::size_t> by_relation;
    auto stats = verbatim::read_claim_pairs(
        pairs,
        [&](verbatim::claim_pair&& p) {
            // With the dates of both statements (`date_a`, `date_b` columns), different values of
            // one quantity on two dates are a number-change; on one date (or undated) they contradict.
            auto column = [&](std::string_view name) {
                for (auto const& [header, value] : p.columns)
                    if (header == name) return std::string_view(value);
                return std::string_view{};
            };
            auto date_a = column("date_a"), date_b = column("date_b");
            bool const same_time = date_a.empty() || date_b.empty() || date_a == date_b;
            auto j = verbatim::compare_claims(verbatim::analyse_claim(p.text_a), verbatim::analyse_claim(p.text_b), same_time);
            verbatim::write_pair_judgement(target.stream(), p, j);
            ++n;
            ++by_relation[std::string(verbatim::to_string(j.rel))];
        },
        [](verbatim::diagnostic const& d) { print_diagnostic(d); });
    target.commit();
    if (!quiet) {
        std::string counts;
        for (auto const& [rel, k] : by_relation) counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", k, rel);
        spdlog::info("{} compared{}{}", count(n, "pair", "pairs"), counts.empty() ? "" : ": " + counts,
                     stats.errors ? fmt::format("; {} (see above)", count(stats.errors, "input error", "input errors")) : std::string());
    }
    return stats.errors ? 1 : 0;
}

/// Edit distance (insertions, deletions, substitutions, one swap of neighbours).
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

/// "unknown command 'quote'; did you mean 'quotes'?" when the command word is none of the
/// app's (after the options before it), else empty: CLI11 would say only that one is required.
std::string misspelt_command(CLI::App const& app, int argc, char** argv) {
    int i = 1;
    while (i < argc && argv[i][0] == '-') i += std::string_view(argv[i]) == "--grammars" ? 2 : 1;
    if (i >= argc) return {};
    std::string_view const given = argv[i];
    std::string best;
    std::size_t best_distance = 3; // (more than two edits away: no guess)
    for (auto const* sub : app.get_subcommands([](CLI::App const*) { return true; })) {
        if (sub->get_name() == given) return {};
        if (auto d = distance(given, sub->get_name()); d < best_distance || (sub->get_name().starts_with(given) && given.size() >= 3)) {
            best_distance = std::min(d, best_distance);
            best = sub->get_name();
        }
    }
    std::string commands;
    for (auto const* sub : app.get_subcommands([](CLI::App const*) { return true; }))
        commands += fmt::format("{}{}", commands.empty() ? "" : ", ", sub->get_name());
    return best.empty() ? fmt::format("unknown command '{}'; the commands are {}", given, commands)
                        : fmt::format("unknown command '{}'; did you mean '{}'?", given, best);
}

/// Every command's options, and which command was asked for.
struct command_line {
    CLI::App app{"Verbatim: who said what in the news, and what changed."};
    std::string grammar_folder;
    corpus_options quote_opts, speaker_opts, report_opts, explore_opts, ingest_opts;
    std::string quote_format = "text", quote_output, speaker_format = "text", speaker_output, report_format = "md", report_output;
    std::string explore_output, pairs_file, compare_output;
    bool explain = false, figures = false, compare_quiet = false;
    std::size_t weakest = 0;
    CLI::App *quotes = nullptr, *speakers = nullptr, *report = nullptr, *explore = nullptr, *ingest = nullptr, *compare = nullptr;

    command_line() {
        app.require_subcommand(1);
        app.add_option("--grammars", grammar_folder, "folder of word lists (en/*.txt) to use instead of the built-in ones")
            ->check(CLI::ExistingDirectory);
        add_quotes();
        add_speakers_and_report();
        add_explore();
        add_ingest_and_compare();
    }

    /// Options every command that reads articles takes.
    static void add_corpus_options(CLI::App* cmd, corpus_options& opts, std::string& format, std::string& output,
                                   std::string const& format_help) {
        cmd->add_option("paths", opts.paths, "files and folders (.txt, .jsonl, .csv); - reads JSONL from standard input");
        cmd->add_option("-f,--format", format, format_help)->capture_default_str();
        cmd->add_option("-o,--output", output, "write to this file (complete or not at all) instead of standard output");
        cmd->add_option("--aliases", opts.aliases,
                        "alias file: 'canonical name = alias, alias' lines, and 'name != name' to keep two apart")
            ->check(CLI::ExistingFile);
        add_message_flags(cmd, opts);
        cmd->add_option("-j,--jobs", opts.jobs, "worker threads for extraction and, in report, for claim matching (the output is the same for any number)")
            ->check(CLI::Range(1u, 256u))
            ->capture_default_str();
        cmd->add_option("--db", opts.db, "read from this store (made by verbatim ingest) instead of files")->check(CLI::ExistingFile);
    }
    static void add_message_flags(CLI::App* cmd, corpus_options& opts) {
        cmd->add_flag("-q,--quiet", opts.quiet, "nothing on standard error but errors: no warnings, no summary");
        cmd->add_flag("-v,--verbose", opts.verbose, "every warning (not only the first ten), and each file a folder walk skipped");
    }

    void add_quotes() {
        quotes = app.add_subcommand("quotes", "find quotations and their speakers; print them per speaker");
        add_corpus_options(quotes, quote_opts, quote_format, quote_output,
                           "text (per-speaker lists), md, jsonl (one record per quotation), csv, or brat (standoff files in the folder -o names)");
        quotes->add_flag("--explain", explain,
                         "each article's quotations in text order, with the rule that found each and the rule that found its speaker");
        quotes->add_option("--weakest", weakest, "the N records with a speaker least sure of it (lowest confidence), weakest first, for review")
            ->check(CLI::PositiveNumber);
        quotes->add_flag("--figures", figures,
                         "with -f jsonl: also a record for each sentence that states a number in the article's own voice (a figure); "
                         "`report --from-records` needs them for its numbers that moved");
        quotes->add_option("--speaker", quote_opts.speaker, "only this speaker's quotations (a name or alias, any case)");
        quotes->add_option("--since", quote_opts.since, "only articles dated on or after this day (YYYY-MM-DD)");
        quotes->add_option("--until", quote_opts.until, "only articles dated on or before this day (YYYY-MM-DD)");
        quotes->add_option("--kind", quote_opts.kinds, "only these kinds of quotation: direct, mixed, indirect (repeat or comma-separate)")
            ->delimiter(',')
            ->check(CLI::IsMember({"direct", "mixed", "indirect"}));
    }

    void add_speakers_and_report() {
        speakers = app.add_subcommand("speakers", "list every speaker of a corpus: kind, roles, other names, counts");
        add_corpus_options(speakers, speaker_opts, speaker_format, speaker_output, "text, md, jsonl or csv");
        report = app.add_subcommand("report", "the claim-change report: what each speaker said differently over time, and who disagrees");
        add_corpus_options(report, report_opts, report_format, report_output, "md (Markdown), html (one page), json, or csv (the flagged pairs, for spreadsheets)");
        report->add_option("--speaker", report_opts.speaker, "with --db: only this speaker's changes, disagreements and topics");
        report->add_option("--since", report_opts.since, "with --db: only claims dated on or after this day (YYYY-MM-DD)");
        report->add_flag("--from-records", report_opts.from_records,
                         "the paths are quotation records (verbatim quotes -f jsonl), from one run or many shards");
    }

    void add_explore() {
        explore = app.add_subcommand(
            "explore", "one HTML page to search and browse the quotations and the claim-change report, offline (open it in a browser)");
        explore->add_option("paths", explore_opts.paths, "files and folders (.txt, .jsonl, .csv); - reads JSONL from standard input");
        explore->add_option("-o,--output", explore_output, "write to this file (complete or not at all) instead of standard output");
        explore->add_option("--aliases", explore_opts.aliases, "alias file, as for quotes")->check(CLI::ExistingFile);
        explore->add_option("--db", explore_opts.db, "read from this store (made by verbatim ingest) instead of files")->check(CLI::ExistingFile);
        explore->add_flag("--from-records", explore_opts.from_records, "the paths are quotation records (verbatim quotes -f jsonl)");
        add_message_flags(explore, explore_opts);
        explore->add_option("-j,--jobs", explore_opts.jobs, "worker threads")->check(CLI::Range(1u, 256u))->capture_default_str();
    }

    void add_ingest_and_compare() {
        ingest_opts.db = "verbatim.db";
        ingest = app.add_subcommand("ingest", "store articles, quotations, speakers, claims and their relations in a database, incrementally");
        ingest->add_option("paths", ingest_opts.paths, "files and folders (.txt, .jsonl, .csv); - reads JSONL from standard input")->required();
        ingest->add_option("--db", ingest_opts.db, "the store (SQLite; created when missing)")->capture_default_str();
        ingest->add_option("--aliases", ingest_opts.aliases, "alias file, as for quotes")->check(CLI::ExistingFile);
        add_message_flags(ingest, ingest_opts);
        ingest->add_option("-j,--jobs", ingest_opts.jobs, "worker threads for extraction")->check(CLI::Range(1u, 256u))->capture_default_str();
        compare = app.add_subcommand("compare", "judge pairs of statements: contradiction, number-change, certainty-change, consistent, unrelated");
        compare->add_option("--pairs", pairs_file, "TSV file with a header row naming text_a and text_b (- reads standard input)")->required();
        compare->add_option("-o,--output", compare_output, "write to this file (complete or not at all) instead of standard output");
        compare->add_flag("-q,--quiet", compare_quiet, "nothing on standard error but errors: no warnings, no summary");
    }

    /// Runs the command asked for (after parsing).
    int run() {
        for (auto const* opts : {&quote_opts, &speaker_opts, &report_opts, &explore_opts, &ingest_opts})
            if (opts->verbose || opts->quiet) messages.set(opts->verbose ? verbosity::verbose : verbosity::quiet);
        if (compare_quiet) messages.set(verbosity::quiet);
        if (!grammar_folder.empty()) verbatim::use_word_list_folder(grammar_folder);
        if (*quotes) return run_quotes(quote_opts, quote_format, quote_output, explain, figures, weakest);
        if (*speakers) return run_speakers(speaker_opts, speaker_format, speaker_output);
        if (*report) return run_report(report_opts, report_format, report_output);
        if (*explore) return run_explore(explore_opts, explore_output);
        if (*ingest) return run_ingest(ingest_opts);
        if (*compare) return run_compare(pairs_file, compare_output, compare_quiet);
        return 0;
    }
};

} // namespace

int main(int argc, char** argv) {
    auto log = spdlog::stderr_color_mt("verbatim");
    log->set_pattern("verbatim: %v");
    spdlog::set_default_logger(log);

    command_line cl;
    if (auto hint = misspelt_command(cl.app, argc, argv); !hint.empty()) {
        fmt::print(stderr, "verbatim: {}\nRun with --help for more information.\n", hint);
        return 2;
    }
    try {
        cl.app.parse(argc, argv);
    } catch (CLI::ParseError const& e) {
        // --help prints and succeeds; any other usage error exits 2, as documented.
        return cl.app.exit(e) == 0 ? 0 : 2;
    }
    try {
        return cl.run();
    } catch (CLI::ValidationError const& e) {
        fmt::print(stderr, "verbatim: {}\n", e.what());
        return 2;
    } catch (verbatim::store_error const& e) {
        fmt::print(stderr, "verbatim: {}\n", e.what());
        return 1;
    } catch (std::exception const& e) {
        fmt::print(stderr, "verbatim: {}\n", e.what());
        return 2;
    }
}
