import { describe, expect, it } from "vitest";
import { formValues } from "@/lib/forms/form-state";
import { themeIdsField } from "@/lib/themes/theme-schema";

describe("list fields (a group of checkboxes sharing one name)", () => {
  it("reads every value of a list field, joined; other fields keep their first value", () => {
    const data = new FormData();
    data.append("themeIds", "a");
    data.append("themeIds", "b");
    data.append("title", "Eerste");
    data.append("title", "Tweede");
    expect(formValues(data, ["themeIds", "title"], ["themeIds"])).toEqual({ themeIds: "a,b", title: "Eerste" });
    expect(formValues(new FormData(), ["themeIds"], ["themeIds"])).toEqual({ themeIds: "" });
  });

  it("parses the joined ids without repeats and refuses anything else, in Dutch", () => {
    expect(themeIdsField.parse("a,b,a")).toEqual(["a", "b"]);
    expect(themeIdsField.parse(undefined)).toEqual([]);
    expect(themeIdsField.safeParse("a,<script>").error?.issues[0]?.message).toBe("Kies thema's uit de lijst.");
  });
});
