using System.Net;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Fields;

/// <summary>
/// The record form as a browser posts it: every input, ticked box, textarea and selected option, in
/// order, a key repeated once per value (a multi-select or a group of boxes).
/// </summary>
internal static partial class FieldForms
{
    public static List<KeyValuePair<string, string>> Fields(string html)
    {
        var start = html.IndexOf("<form method=\"post\" novalidate", StringComparison.Ordinal);
        Assert.True(start >= 0, "No record form in the page.");
        var form = html[start..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in InputTag().Matches(form))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is not { } name) continue;
            if (Attribute(tag, "type") == "checkbox" && !CheckedAttribute().IsMatch(tag)) continue;
            fields.Add(new(name, Attribute(tag, "value") ?? ""));
        }
        foreach (Match area in TextareaTag().Matches(form))
            fields.Add(new(area.Groups[1].Value, WebUtility.HtmlDecode(area.Groups[2].Value)));
        foreach (Match select in SelectTag().Matches(form))
            foreach (Match option in SelectedOption().Matches(select.Value))
                fields.Add(new(select.Groups[1].Value, WebUtility.HtmlDecode(option.Groups[1].Value)));
        return fields;
    }

    /// <summary>The same fields with <paramref name="key"/> set to <paramref name="values"/> (none: left out).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string key, params string[] values)
    {
        var result = fields.Where(f => f.Key != key).ToList();
        result.AddRange(values.Select(v => new KeyValuePair<string, string>(key, v)));
        return result;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, Dictionary<string, string> values) =>
        values.Aggregate(fields, (all, pair) => all.With(pair.Key, pair.Value));

    /// <summary>Opens the form page, lets the test change what a user would, and posts it (antiforgery token included).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url,
        Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>> edit)
    {
        var fields = edit(Fields(await client.GetStringAsync(url)));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>What a reader sees in the detail view for one field: tags dropped, entities decoded, spaces plain.</summary>
    public static string Shown(string html, string key)
    {
        var match = Regex.Match(html, $"data-field=\"{key}\">([\\s\\S]*?)</dd>");
        Assert.True(match.Success, $"No value of {key} on the page.");
        return Plain(Regex.Replace(match.Groups[1].Value, "<[^>]+>", ""));
    }

    /// <summary>The list's cell of one column, in the first row.</summary>
    public static string Cell(string html, string key)
    {
        // The cell may carry more attributes after its key (data-type, which the list's CSS reads).
        var match = Regex.Match(html, $"<td data-field=\"{key}\"[^>]*>([\\s\\S]*?)</td>");
        Assert.True(match.Success, $"No {key} column in the list.");
        return Plain(match.Groups[1].Value);
    }

    /// <summary>Decoded, with French no-break spaces (before « % », between thousands) read as plain spaces.</summary>
    public static string Plain(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(html).Replace('\u202f', ' ').Replace('\u00a0', ' '), "\\s+", " ").Trim();

    /// <summary>The error shown under one field's input (empty when none).</summary>
    public static string ErrorOf(string html, string key)
    {
        var match = Regex.Match(html, $"<div class=\"invalid-feedback d-block\" id=\"f-{key}-error\"[^>]*>([\\s\\S]*?)</div>\\s*</div>");
        return match.Success ? Plain(Regex.Replace(match.Groups[1].Value, "<[^>]+>", "")) : "";
    }

    /// <summary>The opening tag of the element with id f-{key}.</summary>
    public static string EditorTag(string html, string key)
    {
        var match = Regex.Match(html, $"<(input|select|textarea|fieldset)\\b[^>]*\\sid=\"f-{key}\"[^>]*>");
        Assert.True(match.Success, $"No editor for {key}.");
        return match.Value;
    }

    public static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public static long IdOf(HttpResponseMessage response) =>
        long.Parse(AccountUrl().Match(response.RequestMessage!.RequestUri!.AbsolutePath).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("\\schecked(=\"[^\"]*\")?[\\s/>]")]
    private static partial Regex CheckedAttribute();

    [GeneratedRegex("<textarea[^>]*\\sname=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextareaTag();

    [GeneratedRegex("<select[^>]*\\sname=\"([^\"]+)\"[\\s\\S]*?</select>")]
    private static partial Regex SelectTag();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected")]
    private static partial Regex SelectedOption();

    [GeneratedRegex("^/accounts/(\\d+)$")]
    private static partial Regex AccountUrl();
}
