using Comptoir.Core.Accounting;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.Accounting;

public class LedgerCodeGeneratorTests
{
    private static readonly LedgerCodeRule Rule = LedgerCodeRule.Default;

    private static string Nth(LedgerCodeRule rule, string name, int clashes) =>
        LedgerCodeGenerator.Candidates(rule, LedgerCodeGenerator.Body(rule, name, "CPT-000042")).ElementAt(clashes);

    [Theory]
    [InlineData("Société Générale d'Équipement", "411SOCIETEG")]
    [InlineData("  l'Œuvre & Cie ", "411LOEUVREC")]
    [InlineData("Straße 12", "411STRASSE1")]
    [InlineData("Ça", "411CA")]
    [InlineData("Àéîõü", "411AEIOU")]
    [InlineData("3M France", "4113MFRANCE")]
    public void Keeps_letters_and_digits_folded_upper_case_and_cut_to_the_length(string name, string code)
    {
        Assert.Equal(code, Nth(Rule, name, 0));
    }

    [Fact]
    public void A_clash_replaces_the_tail_with_a_number_so_the_length_holds()
    {
        var codes = LedgerCodeGenerator.Candidates(Rule, "SOCIETEG").Take(1001).ToList();
        Assert.Equal("411SOCIETEG", codes[0]);
        Assert.Equal("411SOCIETE1", codes[1]);
        Assert.Equal("411SOCIETE9", codes[9]);
        Assert.Equal("411SOCIET10", codes[10]);
        Assert.Equal("411SOCIET99", codes[99]);
        Assert.Equal("411SOCIE100", codes[100]);
        Assert.Equal("411SOCIE999", codes[999]);
        Assert.Equal("411SOCI1000", codes[1000]);
        Assert.All(codes, c => Assert.Equal(11, c.Length));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void The_candidates_from_an_index_on_are_those_the_whole_list_gives_there()
    {
        var all = LedgerCodeGenerator.Candidates(Rule, "SOCIETEG").Take(1100).ToList();

        Assert.Equal(all, LedgerCodeGenerator.CandidatesFrom(Rule, "SOCIETEG", 0).Take(1100));
        Assert.Equal(all.Skip(1), LedgerCodeGenerator.CandidatesFrom(Rule, "SOCIETEG", 1).Take(1099));
        Assert.Equal(all.Skip(998).Take(3), LedgerCodeGenerator.CandidatesFrom(Rule, "SOCIETEG", 998).Take(3));
        Assert.Equal(["411SOCIE999", "411SOCI1000", "411SOCI1001"], LedgerCodeGenerator.CandidatesFrom(Rule, "SOCIETEG", 999).Take(3));
    }

    [Fact]
    public void A_short_name_gets_the_suffix_appended()
    {
        Assert.Equal("411ABC", Nth(Rule, "A.B.C.", 0));
        Assert.Equal("411ABC1", Nth(Rule, "A.B.C.", 1));
        Assert.Equal("411ABC12", Nth(Rule, "A.B.C.", 12));
        Assert.Equal("411ABC123", Nth(Rule, "A.B.C.", 123));
        Assert.Equal("411ABC12345", Nth(Rule, "A.B.C.", 12345));
        Assert.Equal("411AB123456", Nth(Rule, "A.B.C.", 123456));
    }

    [Fact]
    public void A_name_without_letter_or_digit_takes_the_number_digits_then_a_fallback()
    {
        Assert.Equal("411000042", Nth(Rule, "« — ! »", 0));
        Assert.Equal("411000042", Nth(Rule, "", 0));
        Assert.Equal("411CLIENT", LedgerCodeGenerator.Candidates(Rule, LedgerCodeGenerator.Body(Rule, "***", "")).First());
        Assert.Equal("4110000421", Nth(Rule, "***", 1));
    }

    [Fact]
    public void The_number_source_keeps_the_last_digits()
    {
        var rule = Rule with { Source = LedgerCodeSource.Number, Length = 4 };
        Assert.Equal("4110042", LedgerCodeGenerator.Example(rule, "Ignored", "CPT-000042"));
        Assert.Equal("4111234", LedgerCodeGenerator.Example(rule, "Ignored", "CPT-001234"));
        Assert.Equal("411CLIE", LedgerCodeGenerator.Example(rule, "Ignored", "")); // no number yet: still a code
    }

    [Fact]
    public void An_empty_prefix_gives_the_body_alone()
    {
        var rule = Rule with { Prefix = "" };
        Assert.Equal("SOCIETEG", Nth(rule, "Société Générale d'Équipement", 0));
        Assert.Equal("SOCIETE1", Nth(rule, "Société Générale d'Équipement", 1));
        Assert.Equal("SOCIE999", Nth(rule, "Société Générale d'Équipement", 999));
    }

    [Fact]
    public void Beyond_what_the_length_holds_one_body_letter_stays_and_the_code_grows_up_to_20_characters()
    {
        var rule = new LedgerCodeRule("411", LedgerCodeSource.Name, 3);
        var codes = LedgerCodeGenerator.Candidates(rule, "SOC").Take(1001).ToList();
        Assert.Equal(["411SOC", "411SO1"], codes.Take(2));
        Assert.Equal("411S99", codes[99]);
        Assert.Equal("411S100", codes[100]);
        Assert.All(codes, c => Assert.True(c.Length <= LedgerCodeRule.MaxCodeLength));
        Assert.Equal(codes.Count, codes.Distinct().Count());

        var full = new LedgerCodeRule("41100000000000000", LedgerCodeSource.Name, 3);
        var last = LedgerCodeGenerator.Candidates(full, "SOC").Last();
        Assert.Equal("41100000000000000S99", last); // the 100th clash would need 21 characters: no more candidates
    }

    [Theory]
    [InlineData("411", "name", 8, null)]
    [InlineData(" ab1 ", "number", 3, null)]
    [InlineData("", "name", 20, null)]
    [InlineData("41-1", "name", 8, "prefix")]
    [InlineData("4é1", "name", 8, "prefix")]
    [InlineData("411", "siret", 8, "source")]
    [InlineData("411", null, 8, "source")]
    [InlineData("411", "name", 2, "length")]
    [InlineData("411", "name", 21, "length")]
    [InlineData("411", "name", null, "length")]
    [InlineData("41100000000000000", "name", 4, "length")]
    [InlineData("411000000000000000", "name", 3, "prefix")]
    public void Validates_the_rule_field_by_field(string? prefix, string? source, int? length, string? errorKey)
    {
        var (rule, errors) = LedgerCodeRule.Create(prefix, source, length);
        if (errorKey is null)
        {
            Assert.Empty(errors);
            Assert.NotNull(rule);
            Assert.Equal(prefix!.Trim().ToUpperInvariant(), rule.Prefix);
        }
        else
        {
            Assert.Null(rule);
            Assert.Equal([errorKey], errors.Keys);
            Assert.False(string.IsNullOrWhiteSpace(errors[errorKey]));
        }
    }

    [Fact]
    public void Explains_in_french_or_english_how_much_room_the_prefix_leaves()
    {
        using (Culture.Use("en"))
            Assert.Equal("Prefix and length together exceed 20 characters: shorten one or the other (at most 3 here).",
                LedgerCodeRule.Create("41100000000000000", "name", 4).Errors["length"]);
        using var french = Culture.Use("fr-FR");
        var (_, errors) = LedgerCodeRule.Create("41100000000000000", "name", 4);
        Assert.Equal("Préfixe et longueur réunis dépassent 20 caractères : raccourcissez l'un ou l'autre (au plus 3 ici).", errors["length"]);
    }
}
