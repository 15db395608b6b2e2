package org.tandem.program;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.shared.Page;

/**
 * The prompt library, read-only: growth questions and reflective prompts filtered by section and emphasis.
 * With an emphasis, the prompts written for it come first, then the general ones that suit every emphasis.
 * The library is small and fixed, so it is answered as one page.
 */
@RestController
@Tag(name = "Prompts")
class PromptApiController {

    static final String PROMPTS = "/api/v1/prompts";

    private final PromptLibrary library = PromptLibrary.standard();

    @GetMapping(PROMPTS)
    Page<Prompt> prompts(@RequestParam(required = false) SectionKind section, @RequestParam(required = false) Emphasis emphasis) {
        return new Page<>(library.find(section, emphasis), null);
    }
}
