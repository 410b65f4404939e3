using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comptoir.Data.Migrations.Postgres
{
    /// <summary>
    /// Record numbers on PostgreSQL come from one sequence per numbered module (see NumberAllocator),
    /// starting where the NumberSequences counter row had got to, so no number is ever given twice.
    /// </summary>
    public partial class NumberSequencesOnPostgres : Migration
    {
        private static readonly string[] NumberedModules = ["accounts", "contacts"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var module in NumberedModules)
                migrationBuilder.Sql(
                    $"""
                    CREATE SEQUENCE "Numbers_{module}" AS bigint MINVALUE 1;
                    SELECT setval('"Numbers_{module}"', COALESCE((SELECT "NextValue" FROM "NumberSequences" WHERE "Module" = '{module}'), 1), false);
                    """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The counter rows take over again from where the sequences got to.
            foreach (var module in NumberedModules)
                migrationBuilder.Sql(
                    $"""
                    INSERT INTO "NumberSequences" ("Module", "NextValue")
                    SELECT '{module}', CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM "Numbers_{module}"
                    ON CONFLICT ("Module") DO UPDATE SET "NextValue" = EXCLUDED."NextValue";
                    DROP SEQUENCE "Numbers_{module}";
                    """);
        }
    }
}
