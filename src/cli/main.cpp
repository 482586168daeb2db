// verbatim — the command line: parse options, call the library, print.
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "verbatim/ingest.hpp"
#include "verbatim/output.hpp"
#include "verbatim/quotation.hpp"

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

void print_diagnostic(verbatim::diagnostic const& d) {
    auto where = d.line ? fmt::format("{}:{}", d.file, d.line) : d.file;
    fmt::print(stderr, "verbatim: {}: {}: {}\n", where, d.level == verbatim::severity::error ? "error" : "warning", d.message);
}

int run_quotes(std::vector<std::string> const& paths, std::string const& format_name, std::string const& output, bool quiet) {
    auto format = verbatim::parse_output_format(format_name);
    if (!format) throw CLI::ValidationError("--format", "must be text, jsonl, csv or md");
    output_target target(output);
    auto writer = verbatim::make_quote_writer(*format, target.stream());
    std::size_t quotations = 0;
    std::vector<verbatim::diagnostic> notes;
    auto stats = verbatim::read_documents(
        paths,
        [&](verbatim::document&& doc) {
            notes.clear();
            auto quotes = verbatim::extract_quotations(doc, &notes);
            for (auto const& n : notes) print_diagnostic(n);
            quotations += quotes.size();
            writer->add(doc, quotes);
        },
        [](verbatim::diagnostic const& d) { print_diagnostic(d); });
    writer->finish();
    target.commit();
    if (!quiet)
        spdlog::info("{} from {}, {:.1f} MB: {}{}", count(stats.documents, "document", "documents"),
                     count(stats.files, "file", "files"), static_cast<double>(stats.bytes) / 1e6,
                     count(quotations, "quotation", "quotations"),
                     stats.errors ? fmt::format("; {} (see above)", count(stats.errors, "input error", "input errors")) : std::string());
    return stats.errors ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) {
    auto log = spdlog::stderr_color_mt("verbatim");
    log->set_pattern("verbatim: %v");
    spdlog::set_default_logger(log);

    CLI::App app{"Verbatim: who said what in the news, and what changed."};
    app.require_subcommand(1);
    std::string grammar_folder;
    app.add_option("--grammars", grammar_folder, "folder of word lists (en/*.txt) to use instead of the built-in ones")
        ->check(CLI::ExistingDirectory);

    std::vector<std::string> paths;
    std::string format = "text", output;
    bool quiet = false;
    auto* quotes = app.add_subcommand("quotes", "find quotations and their speakers; print them per speaker");
    quotes->add_option("paths", paths, "files and folders (.txt, .jsonl, .csv); - reads JSONL from standard input")->required();
    quotes->add_option("-f,--format", format, "text (per-speaker lists), md, jsonl (one record per quotation) or csv")
        ->capture_default_str();
    quotes->add_option("-o,--output", output, "write to this file (complete or not at all) instead of standard output");
    quotes->add_flag("-q,--quiet", quiet, "no summary on standard error");

    try {
        app.parse(argc, argv);
    } catch (CLI::ParseError const& e) {
        return app.exit(e);
    }
    try {
        if (!grammar_folder.empty()) verbatim::use_word_list_folder(grammar_folder);
        if (*quotes) return run_quotes(paths, format, output, quiet);
    } catch (CLI::ValidationError const& e) {
        fmt::print(stderr, "verbatim: {}\n", e.what());
        return 2;
    } catch (std::exception const& e) {
        fmt::print(stderr, "verbatim: {}\n", e.what());
        return 2;
    }
    return 0;
}
