using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Comptoir.Web.Features.Records;

/// <summary>
/// &lt;form record-attributes="…"&gt;: writes a module's attributes on the record form (the data-* its script
/// reads); an empty value writes a bare attribute (data-contact-form).
/// </summary>
[HtmlTargetElement("form", Attributes = AttributeName)]
public sealed class RecordFormAttributesTagHelper : TagHelper
{
    private const string AttributeName = "record-attributes";

    [HtmlAttributeName(AttributeName)]
    public IReadOnlyDictionary<string, string>? Values { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        foreach (var (name, value) in Values ?? new Dictionary<string, string>())
            output.Attributes.SetAttribute(value.Length == 0 ? new TagHelperAttribute(name) : new TagHelperAttribute(name, value));
    }
}
