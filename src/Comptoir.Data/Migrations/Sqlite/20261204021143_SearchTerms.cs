using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comptoir.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchTerms",
                columns: table => new
                {
                    Module = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchTerms", x => new { x.Module, x.Term, x.RecordId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchTerms_Module_RecordId",
                table: "SearchTerms",
                columns: new[] { "Module", "RecordId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchTerms");
        }
    }
}
